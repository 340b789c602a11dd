import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "workload/pdb-unhealthy-eviction",
    title: "PodDisruptionBudgets let unhealthy pods be evicted",
    severity: "low",
    pillar: "operations",
    level: "production",
    kinds: ["PodDisruptionBudget"],
    rationale:
      "With the default policy (IfHealthyBudget) a crash-looping or never-ready pod counts against the budget and cannot be evicted while the budget is exhausted, so one broken pod blocks node drains and upgrades.",
    remediation: {
      text: "Set spec.unhealthyPodEvictionPolicy: AlwaysAllow.",
      yaml: "spec:\n  unhealthyPodEvictionPolicy: AlwaysAllow",
    },
    sources: [S.k8sPdb, S.s003Upgrades],
    equivalents: { kubeLinter: ["pdb-unhealthy-pod-eviction-policy"] },
  },
  (fact) =>
    getPath(fact.object, ["spec", "unhealthyPodEvictionPolicy"]) === "AlwaysAllow"
      ? undefined
      : {
          message: "PodDisruptionBudget does not set unhealthyPodEvictionPolicy: AlwaysAllow",
          path: ["spec", "unhealthyPodEvictionPolicy"],
        },
);
