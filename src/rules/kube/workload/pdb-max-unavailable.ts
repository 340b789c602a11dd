import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "workload/pdb-max-unavailable",
    title: "PodDisruptionBudgets allow at least one disruption",
    severity: "high",
    pillar: "operations",
    level: "production",
    kinds: ["PodDisruptionBudget"],
    rationale:
      "maxUnavailable: 0 (or 0%) forbids every voluntary eviction: node drains hang, AKS upgrades stall on the node and fail after the drain timeout, and the cluster autoscaler cannot remove the node.",
    remediation: {
      text: "Set maxUnavailable to 1 or more; protect capacity with enough replicas rather than a budget that blocks drains.",
      yaml: "spec:\n  maxUnavailable: 1",
    },
    sources: [S.s003Upgrades, S.k8sPdb, S.mlReliability],
    equivalents: { kubeLinter: ["pdb-max-unavailable"], kyverno: ["pdb-maxunavailable"] },
  },
  (fact) => {
    const v = getPath(fact.object, ["spec", "maxUnavailable"]);
    if (v !== 0 && v !== "0" && v !== "0%") return undefined;
    return {
      message: `PodDisruptionBudget maxUnavailable is ${String(v)}: no pod can ever be evicted`,
      path: ["spec", "maxUnavailable"],
    };
  },
);
