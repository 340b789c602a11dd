import { describe, expect, it } from "vitest";
import { auditFacts } from "../../src/audit/audit.js";
import { emptyFacts, kubeFact } from "../../src/audit/facts.js";
import { latestTagRule, privilegedRule, poolZonesRule } from "./helpers.js";

function pods(images: string[]) {
  const f = emptyFacts();
  images.forEach((image, i) =>
    f.kubeObjects.push(
      kubeFact({
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: `p${i}` },
        spec: { containers: [{ name: "c", image }] },
      }),
    ),
  );
  return f;
}

describe("pillar scores", () => {
  it("weights failed checks by severity", () => {
    // 4 pods × high rule (weight 5) = 20; one fails → 100 × (1 − 5/20) = 75.
    const r = auditFacts(pods(["a:1", "b:latest", "c:2", "d:3"]), {
      rules: [latestTagRule, privilegedRule, poolZonesRule],
    });
    expect(r.scores).toEqual([
      { pillar: "security", score: 75, checks: 4, failed: 1 },
      { pillar: "reliability", score: null, checks: 0, failed: 0 },
      { pillar: "cost", score: null, checks: 0, failed: 0 },
      { pillar: "operations", score: null, checks: 0, failed: 0 },
      { pillar: "performance", score: null, checks: 0, failed: 0 },
    ]);
  });

  it("gives 100 when every check passes and counts an object once per rule", () => {
    expect(auditFacts(pods(["a:1"]), { rules: [latestTagRule] }).scores[0]).toEqual({
      pillar: "security",
      score: 100,
      checks: 1,
      failed: 0,
    });
    const twoContainers = emptyFacts();
    twoContainers.kubeObjects.push(
      kubeFact({
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "p" },
        spec: {
          containers: [
            { name: "a", image: "x" },
            { name: "b", image: "y" },
          ],
        },
      }),
    );
    const r = auditFacts(twoContainers, { rules: [latestTagRule] });
    expect(r.findings).toHaveLength(2);
    expect(r.scores[0]).toEqual({ pillar: "security", score: 0, checks: 1, failed: 1 });
  });
});
