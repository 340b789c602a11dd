import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "workload/pdb-policy",
    title: "PodDisruptionBudgets set minAvailable or maxUnavailable",
    severity: "low",
    pillar: "reliability",
    level: "baseline",
    kinds: ["PodDisruptionBudget"],
    rationale:
      "A PodDisruptionBudget with neither minAvailable nor maxUnavailable does not say what it protects; readers and tools cannot tell the intended budget.",
    remediation: {
      text: "Set exactly one of spec.maxUnavailable (preferred, e.g. 1) or spec.minAvailable.",
      yaml: "spec:\n  maxUnavailable: 1",
    },
    sources: [S.s003PodAvailability, S.k8sPdb],
    equivalents: { kubeScore: ["poddisruptionbudget-has-policy"] },
  },
  (fact) =>
    getPath(fact.object, ["spec", "minAvailable"]) === undefined &&
    getPath(fact.object, ["spec", "maxUnavailable"]) === undefined
      ? {
          message: "PodDisruptionBudget sets neither minAvailable nor maxUnavailable",
          path: ["spec", "maxUnavailable"],
        }
      : undefined,
);
