/**
 * `akskit audit`, `rules` and `explain` through the real program: exit codes, formats, output files,
 * baseline round trip. Uses the registered catalog (whatever rules exist), so assertions are about
 * the command's behaviour, not particular rules.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.js";
import { RULES } from "../../src/rules/index.js";
import { FIXTURES } from "./helpers.js";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const CLEAN = `${FIXTURES}/kube/multi.yaml`;
const tmp = () => mkdtempSync(join(tmpdir(), "akskit-cli-"));

describe("akskit audit", () => {
  it("exits 0 when nothing reaches --fail-on", async () => {
    const r = await run(["audit", CLEAN, "--fail-on", "none"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 input problems; \d+ rules \(profile production\) over 3 objects from 1 file/);
  });

  it("exits 1 when a finding reaches --fail-on", async () => {
    const r = await run(["audit", `${FIXTURES}/az/aks-show.json`, "--fail-on", "low"]);
    if (RULES.some((x) => x.target.kind === "cluster")) expect(r.code).toBe(1);
    else expect(r.code).toBe(0);
  });

  it("exits 2 for bad input after auditing and reporting the rest", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.yaml"), "kind: [oops\n");
    const r = await run(["audit", join(dir, "bad.yaml"), CLEAN, "--format", "json", "--fail-on", "none"]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.summary.objects).toBe(3);
    expect(report.problems[0].code).toBe("invalid-yaml");
    expect(r.stderr).toContain("bad.yaml:2:1: error: invalid YAML");
  });

  it("exits 2 with a clear message for a bad flag value", async () => {
    const r = await run(["audit", CLEAN, "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown --format "xml"');
    expect((await run(["audit", CLEAN, "--fail-on", "urgent"])).stderr).toContain(
      'unknown --fail-on "urgent"',
    );
    expect((await run(["audit", CLEAN, "--profile", "strict"])).stderr).toContain(
      'unknown --profile "strict"',
    );
  });

  it("writes every format to --output", async () => {
    const dir = tmp();
    for (const format of ["text", "json", "sarif", "junit", "markdown", "html"]) {
      const out = join(dir, `report.${format}`);
      const r = await run(["audit", CLEAN, "--format", format, "--output", out, "--fail-on", "none"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("");
      expect(readFileSync(out, "utf8").length).toBeGreaterThan(50);
    }
    expect(JSON.parse(readFileSync(join(dir, "report.sarif"), "utf8")).version).toBe("2.1.0");
  });

  it("reads suppressions from --config and reports a bad config as exit 2", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "ok.yaml"), "suppressions:\n  - rule: '*'\n    reason: accepted for the test\n");
    const ok = await run(["audit", `${FIXTURES}/az`, "--config", join(dir, "ok.yaml"), "--format", "json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).findings).toEqual([]);
    writeFileSync(join(dir, "bad.yaml"), "suppresions: []\n");
    const bad = await run(["audit", CLEAN, "--config", join(dir, "bad.yaml")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("bad.yaml:1:1: error: unknown key 'suppresions'");
  });

  it("round-trips a baseline: write it, then only new findings fail", async () => {
    const dir = tmp();
    const baseline = join(dir, "baseline.json");
    const w = await run([
      "audit",
      `${FIXTURES}/az/aks-show.json`,
      "--write-baseline",
      baseline,
      "--fail-on",
      "info",
    ]);
    expect(w.code).toBe(0);
    const written = JSON.parse(readFileSync(baseline, "utf8"));
    expect(written.version).toBe(1);
    const again = await run([
      "audit",
      `${FIXTURES}/az/aks-show.json`,
      "--baseline",
      baseline,
      "--fail-on",
      "info",
      "--format",
      "json",
    ]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).suppressed).toHaveLength(written.findings.length);
    const missing = await run(["audit", CLEAN, "--baseline", join(dir, "none.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--write-baseline");
  });
});

describe("akskit rules and explain", () => {
  it("lists the catalog in three formats", async () => {
    const text = await run(["rules"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${RULES.length} rules.`);
    const json = JSON.parse((await run(["rules", "--format", "json"])).stdout);
    expect(json).toHaveLength(RULES.length);
    expect((await run(["rules", "--format", "markdown"])).stdout).toContain("# akskit rules");
    expect((await run(["rules", "--format", "csv"])).code).toBe(2);
  });

  it("explains a rule and suggests ids for a typo", async () => {
    const rule = RULES[0];
    if (rule) {
      const r = await run(["explain", rule.id]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${rule.id} — ${rule.title}`);
      expect(r.stdout).toContain("How to fix:");
      const typo = await run(["explain", rule.id.slice(0, -1)]);
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain(`did you mean ${rule.id}`);
    }
    const none = await run(["explain", "nope/nothing-like-this"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no rule "nope/nothing-like-this"');
  });
});
