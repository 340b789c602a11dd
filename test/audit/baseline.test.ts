import { describe, expect, it } from "vitest";
import { auditFacts } from "../../src/audit/audit.js";
import { createBaseline, formatBaseline, parseBaseline } from "../../src/audit/baseline.js";
import { emptyFacts, kubeFact } from "../../src/audit/facts.js";
import { InputError } from "../../src/errors.js";
import { latestTagRule } from "./helpers.js";

function facts(images: string[]) {
  const f = emptyFacts();
  images.forEach((image, i) =>
    f.kubeObjects.push(
      kubeFact({
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: `p${i}`, namespace: "ns" },
        spec: { containers: [{ name: "c", image }] },
      }),
    ),
  );
  return f;
}

describe("baseline", () => {
  it("records findings sorted and deduplicated by fingerprint", () => {
    const r = auditFacts(facts(["a:latest", "b"]), { rules: [latestTagRule] });
    const b = createBaseline([...r.findings, ...r.findings]);
    expect(b.version).toBe(1);
    expect(b.findings.map((e) => e.object)).toEqual(["Pod/ns/p0", "Pod/ns/p1"]);
    expect(b.findings[0]).toMatchObject({ ruleId: "workload/test-latest-tag", location: "<memory>:1:1" });
    expect(parseBaseline("b.json", formatBaseline(b))).toEqual(b);
  });

  it("suppresses accepted findings so only new ones report", () => {
    const before = auditFacts(facts(["a:latest"]), { rules: [latestTagRule] });
    const baseline = createBaseline(before.findings);
    const after = auditFacts(facts(["a:latest", "b:latest"]), {
      rules: [latestTagRule],
      baseline: { baseline, file: "akskit-baseline.json" },
    });
    expect(after.findings.map((f) => f.object.id)).toEqual(["Pod/ns/p1"]);
    expect(after.suppressed.map((s) => [s.kind, s.finding.object.id, s.source])).toEqual([
      ["baseline", "Pod/ns/p0", "akskit-baseline.json"],
    ]);
  });

  it("rejects a file that is not a baseline", () => {
    expect(() => parseBaseline("b.json", "{")).toThrow(InputError);
    expect(() => parseBaseline("b.json", '{"version": 2, "findings": []}')).toThrow(/not an akskit baseline/);
  });
});
