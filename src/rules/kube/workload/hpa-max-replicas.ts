import { getPath, numAt } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "workload/hpa-max-replicas",
    title: "HorizontalPodAutoscalers can scale out",
    severity: "low",
    pillar: "performance",
    level: "baseline",
    kinds: ["HorizontalPodAutoscaler"],
    rationale:
      "An HPA whose maxReplicas is not above minReplicas never scales: load spikes are absorbed by nobody while the object suggests autoscaling is in place.",
    remediation: {
      text: "Set spec.maxReplicas above spec.minReplicas, sized to what the node pools can hold.",
      spec: "spec.workloads[].replicas.max",
      yaml: "spec:\n  minReplicas: 2\n  maxReplicas: 10",
    },
    sources: [S.s003Hpa, S.k8sHpa],
    equivalents: { polaris: ["hpaMaxAvailability"] },
  },
  (fact) => {
    const min = numAt(getPath(fact.object, ["spec", "minReplicas"]) ?? 1);
    const max = numAt(getPath(fact.object, ["spec", "maxReplicas"]));
    if (min === undefined || max === undefined || max > min) return undefined;
    return {
      message: `HPA maxReplicas ${max} is not above minReplicas ${min}`,
      path: ["spec", "maxReplicas"],
    };
  },
);
