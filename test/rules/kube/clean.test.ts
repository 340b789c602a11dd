import { describe, expect, it } from "vitest";
import { kubeFact } from "../../../src/audit/facts.js";
import { runRules } from "../../../src/audit/engine.js";
import { KUBE_RULES } from "../../../src/rules/kube-rules.js";
import { cleanSet } from "./fixtures.js";

describe("a well-configured application namespace", () => {
  it("audits clean with every Kubernetes rule at the regulated level", () => {
    const kubeObjects = cleanSet().map((o) => kubeFact(o, "clean.yaml"));
    const result = runRules({ clusters: [], azureResources: [], kubeObjects }, KUBE_RULES, {
      level: "regulated",
    });
    expect(result.errors).toEqual([]);
    expect(
      result.findings.map((f) => `${f.ruleId} ${f.object.id} ${f.location.path ?? ""}: ${f.message}`),
    ).toEqual([]);
  });

  it("still audits clean when the objects arrive in reverse order", () => {
    const kubeObjects = cleanSet()
      .reverse()
      .map((o) => kubeFact(o, "clean.yaml"));
    const result = runRules({ clusters: [], azureResources: [], kubeObjects }, KUBE_RULES, {
      level: "regulated",
    });
    expect(result.findings).toEqual([]);
  });
});
