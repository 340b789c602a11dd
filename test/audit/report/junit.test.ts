import { describe, expect, it } from "vitest";
import { renderJunit } from "../../../src/audit/report/junit.js";
import { sampleResult } from "./fixture.js";

/** A small XML well-formedness check: one root, balanced tags, quoted attributes, known entities only. */
function wellFormed(xml: string): string[] {
  const errors: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body))) {
    if (m[6]) {
      errors.push(`stray < at ${m.index}`);
      continue;
    }
    if (m[5] !== undefined) {
      if (stack.length === 0 && m[5].trim()) errors.push("text outside the root");
      for (const ent of m[5].match(/&[^;\s]*;?/g) ?? [])
        if (!/^&(amp|lt|gt|quot|apos);$/.test(ent)) errors.push(`bad entity ${ent}`);
      continue;
    }
    for (const ent of (m[3] ?? "").match(/&[^;\s"]*;?/g) ?? [])
      if (!/^&(amp|lt|gt|quot|apos);$/.test(ent)) errors.push(`bad entity ${ent}`);
    if (m[1]) {
      if (stack.pop() !== m[2]) errors.push(`mismatched </${m[2]}>`);
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(m[2] ?? "");
    } else if (stack.length === 0) roots++;
  }
  if (stack.length > 0) errors.push(`unclosed ${stack.join(",")}`);
  if (roots !== 1) errors.push(`${roots} roots`);
  return errors;
}

describe("JUnit report", () => {
  it("is well-formed XML", async () => {
    const xml = renderJunit({ result: await sampleResult(), version: "0.1.0" });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(wellFormed(xml)).toEqual([]);
  });

  it("the checker itself rejects broken XML", () => {
    expect(wellFormed("<a><b></a>")).not.toEqual([]);
    expect(wellFormed('<a x="1 & 2"/>')).not.toEqual([]);
  });

  it("has a suite per rule, a failure per finding and input problems as errors", async () => {
    const xml = renderJunit({ result: await sampleResult(), version: "0.1.0" });
    expect(xml).toMatch(/<testsuites name="akskit audit \(regulated\)" tests="\d+" failures="4" errors="1">/);
    expect(xml).toContain(
      '<testsuite name="security/test-privileged" tests="1" failures="1" errors="0" skipped="0">',
    );
    expect(xml).toContain('<testsuite name="azure/test-acr-admin" tests="1" failures="1"');
    expect(xml).toContain('<failure message="container api is privileged" type="critical">');
    expect(xml).toContain(
      '<testsuite name="akskit input problems" tests="1" failures="0" errors="1" skipped="0">',
    );
  });

  it("escapes markup in messages", async () => {
    const result = await sampleResult();
    const first = result.findings[0]!;
    const tricky = { ...result, findings: [{ ...first, message: 'a <b> & "c"' }] };
    const xml = renderJunit({ result: tricky, version: "0.1.0" });
    expect(xml).toContain('message="a &lt;b&gt; &amp; &quot;c&quot;"');
    expect(wellFormed(xml)).toEqual([]);
  });
});
