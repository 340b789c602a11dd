import { POD_CONTAINERS } from "../pod.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "workload/liveness-probe",
    title: "Long-running containers have a liveness probe",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    containers: POD_CONTAINERS,
    skipInit: true,
    skipBatch: true,
    rationale:
      "A container that deadlocks without exiting keeps its pod Running forever unless a liveness probe lets the kubelet restart it. The AKS baseline asks to monitor pod health through probes.",
    remediation: {
      text: "Add a livenessProbe that fails only when the process cannot recover by itself; keep it cheaper and more tolerant than the readiness probe.",
      spec: "spec.workloads[].health.path",
      yaml: "livenessProbe:\n  httpGet:\n    path: /health\n    port: http\n  periodSeconds: 20\n  failureThreshold: 3",
    },
    sources: [S.s003ClusterNodes, S.k8sProbes, S.mlReliability],
    equivalents: {
      polaris: ["livenessProbeMissing"],
      kubeScore: ["pod-probes"],
      kubeLinter: ["no-liveness-probe"],
      kyverno: ["require-pod-probes"],
    },
  },
  (c) => (c.container.livenessProbe ? undefined : { message: "has no livenessProbe", at: ["livenessProbe"] }),
);
