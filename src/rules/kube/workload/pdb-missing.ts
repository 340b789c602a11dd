import { kubeIndex } from "../index-cache.js";
import { minReplicas } from "../replicas.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "workload/pdb-missing",
    title: "Replicated workloads have a PodDisruptionBudget",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    kinds: ["Deployment", "StatefulSet"],
    rationale:
      "Node upgrades, image upgrades and autoscaler scale-downs drain nodes. Without a PodDisruptionBudget a drain may evict every replica at once, so a routine upgrade becomes an outage.",
    remediation: {
      text: "Add a PodDisruptionBudget selecting the workload's pods with maxUnavailable: 1 (or a minAvailable below the replica count).",
      spec: "spec.workloads[].replicas",
      yaml: "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api-gateway\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: api-gateway",
    },
    sources: [S.s003PodAvailability, S.s000Summary, S.k8sPdb],
    equivalents: {
      polaris: ["missingPodDisruptionBudget"],
      kubeScore: ["deployment-has-poddisruptionbudget", "statefulset-has-poddisruptionbudget"],
    },
  },
  (pod, fact, ctx) => {
    const index = kubeIndex(ctx.facts);
    const min = minReplicas(fact, index);
    if (min === undefined || min < 2) return undefined;
    if (index.selecting("PodDisruptionBudget", fact).length) return undefined;
    return {
      message: `${fact.kind} runs ${min} replicas and no PodDisruptionBudget selects its pods`,
      path: [...pod.metaPath, "labels"],
    };
  },
);
