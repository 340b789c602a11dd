import { describe, expect, it } from "vitest";
import { auditFacts } from "../../src/audit/audit.js";
import { emptyFacts, kubeFact } from "../../src/audit/facts.js";
import { isExpired, ruleMatches, targetMatches } from "../../src/audit/suppress.js";
import { latestTagRule, privilegedRule } from "./helpers.js";
import type { Suppression } from "../../src/audit/config.js";

function deployment(name: string, annotations: Record<string, string> = {}) {
  return kubeFact({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace: "shop", annotations },
    spec: {
      template: {
        spec: { containers: [{ name: "app", image: "nginx:latest", securityContext: { privileged: true } }] },
      },
    },
  });
}

function factsOf(...objects: ReturnType<typeof deployment>[]) {
  const f = emptyFacts();
  f.kubeObjects.push(...objects);
  return f;
}

const rules = [latestTagRule, privilegedRule];
const NOW = new Date("2026-06-15T12:00:00Z");

describe("annotation suppressions", () => {
  it("suppresses the named rules when a reason is given", () => {
    const r = auditFacts(
      factsOf(
        deployment("a", {
          "akskit.dev/ignore": "workload/test-latest-tag, security/test-privileged",
          "akskit.dev/ignore-reason": "vendor image, isolated node pool",
        }),
      ),
      { rules, now: NOW },
    );
    expect(r.findings).toEqual([]);
    expect(r.suppressed.map((s) => [s.finding.ruleId, s.kind, s.reason])).toEqual([
      ["security/test-privileged", "annotation", "vendor image, isolated node pool"],
      ["workload/test-latest-tag", "annotation", "vendor image, isolated node pool"],
    ]);
  });

  it("accepts rule globs", () => {
    const r = auditFacts(
      factsOf(deployment("a", { "akskit.dev/ignore": "workload/*", "akskit.dev/ignore-reason": "legacy" })),
      { rules, now: NOW },
    );
    expect(r.findings.map((f) => f.ruleId)).toEqual(["security/test-privileged"]);
  });

  it("does not suppress without a reason, and says so once", () => {
    const r = auditFacts(factsOf(deployment("a", { "akskit.dev/ignore": "*" })), { rules, now: NOW });
    expect(r.findings).toHaveLength(2);
    expect(r.problems.map((p) => [p.severity, p.code])).toEqual([["warning", "suppression-without-reason"]]);
  });
});

describe("config suppressions", () => {
  const entry = (over: Partial<Suppression>): Suppression => ({
    rule: "security/test-privileged",
    reason: "CNI daemon needs it",
    source: ".akskit.yaml:3:5",
    ...over,
  });

  it("suppresses by rule and target glob", () => {
    const r = auditFacts(factsOf(deployment("a"), deployment("b")), {
      rules,
      now: NOW,
      suppressions: [entry({ target: "Deployment/shop/a" })],
    });
    expect(r.findings.map((f) => `${f.ruleId} ${f.object.id}`)).toEqual([
      "security/test-privileged Deployment/shop/b",
      "workload/test-latest-tag Deployment/shop/a",
      "workload/test-latest-tag Deployment/shop/b",
    ]);
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0]).toMatchObject({ kind: "config", source: ".akskit.yaml:3:5" });
  });

  it("applies through the expiry day and reports again afterwards, with a note", () => {
    const s = [entry({ expires: "2026-06-15" })];
    expect(
      auditFacts(factsOf(deployment("a")), { rules, now: NOW, suppressions: s }).suppressed,
    ).toHaveLength(1);
    const later = auditFacts(factsOf(deployment("a")), {
      rules,
      now: new Date("2026-06-16T00:00:01Z"),
      suppressions: s,
    });
    const f = later.findings.find((x) => x.ruleId === "security/test-privileged")!;
    expect(f.note).toBe("suppression expired on 2026-06-15 (.akskit.yaml:3:5): CNI daemon needs it");
  });

  it("matches rules and targets literally or by glob", () => {
    expect(ruleMatches("workload/*", "workload/probes")).toBe(true);
    expect(ruleMatches("workload/probes", "workload/probes-defined")).toBe(false);
    expect(targetMatches("Deployment/*/api", "Deployment/shop/api")).toBe(true);
    expect(targetMatches("Deployment/*", "Deployment/shop/api")).toBe(false);
    expect(targetMatches("Deployment/**", "Deployment/shop/api")).toBe(true);
    expect(targetMatches(undefined, "anything")).toBe(true);
    expect(isExpired(undefined, NOW)).toBe(false);
  });
});
