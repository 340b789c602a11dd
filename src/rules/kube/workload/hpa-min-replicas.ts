import { getPath, numAt } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "workload/hpa-min-replicas",
    title: "HorizontalPodAutoscalers keep at least two replicas",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    kinds: ["HorizontalPodAutoscaler"],
    rationale:
      "An HPA with minReplicas 1 scales the workload down to a single pod at quiet times; one node drain or crash then takes the service down.",
    remediation: {
      text: "Set spec.minReplicas to 2 or more.",
      spec: "spec.workloads[].replicas.min",
      yaml: "spec:\n  minReplicas: 2\n  maxReplicas: 10",
    },
    sources: [S.s003Hpa, S.s001Scaling, S.k8sHpa],
    equivalents: {
      polaris: ["hpaMinAvailability"],
      kubeScore: ["horizontalpodautoscaler-replicas"],
      kubeLinter: ["hpa-minimum-three-replicas"],
    },
  },
  (fact) => {
    const raw = getPath(fact.object, ["spec", "minReplicas"]);
    const min = raw === undefined ? 1 : numAt(raw);
    if (min === undefined || min >= 2) return undefined;
    return {
      message: `HPA minReplicas is ${min}${raw === undefined ? " (unset)" : ""}; keep at least 2`,
      path: ["spec", "minReplicas"],
    };
  },
);
