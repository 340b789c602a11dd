import { describe, expect, it } from "vitest";
import { runRules } from "../../src/audit/engine.js";
import { kubeFact, type Facts, type KubeObjectFact } from "../../src/audit/facts.js";
import { defineRule, type Rule } from "../../src/rules/types.js";

const META = {
  title: "t",
  severity: "low",
  pillar: "operations",
  level: "baseline",
  rationale: "r",
  remediation: { text: "fix." },
  sources: [],
  equivalents: {},
} as const;

function podRule(id: string, path: (string | number)[]): Rule {
  return defineRule({
    ...META,
    id,
    target: { kind: "kube", kinds: ["Pod"] },
    check(fact, ctx) {
      ctx.report({ message: `${id} on ${fact.name}`, path });
    },
  });
}

function pod(name: string): KubeObjectFact {
  return kubeFact({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "ns" } }, "pods.yaml");
}

describe("runRules", () => {
  it("locates every finding after the rules ran, on the object it was reported against", () => {
    const calls: string[] = [];
    const a = pod("a");
    const b = pod("b");
    for (const f of [a, b]) {
      const inner = f.locate;
      f.locate = (path) => {
        calls.push(`${f.name}:${path.join(".")}`);
        return inner(path);
      };
    }
    const facts: Facts = { clusters: [], azureResources: [], kubeObjects: [a, b] };
    const result = runRules(facts, [podRule("x/one", ["spec"]), podRule("x/two", ["metadata", "name"])]);
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.object.id} ${f.location.path}`)).toEqual([
      "x/one Pod/ns/a spec",
      "x/one Pod/ns/b spec",
      "x/two Pod/ns/a metadata.name",
      "x/two Pod/ns/b metadata.name",
    ]);
    // Grouped by object: both of a's findings, then both of b's.
    expect(calls).toEqual(["a:spec", "a:metadata.name", "b:spec", "b:metadata.name"]);
    // One finding object per fact, shared by its findings.
    expect(result.findings[0]?.object).toBe(result.findings[2]?.object);
  });

  it("drops a finding whose locator throws and reports the rule's error, keeping the others", () => {
    const a = pod("a");
    const b = pod("b");
    b.locate = () => {
      throw new Error("no position");
    };
    const facts: Facts = { clusters: [], azureResources: [], kubeObjects: [a, b] };
    const result = runRules(facts, [podRule("x/one", ["spec"])]);
    expect(result.findings.map((f) => f.object.id)).toEqual(["Pod/ns/a"]);
    expect(result.errors).toEqual([{ ruleId: "x/one", message: "no position" }]);
  });
});
