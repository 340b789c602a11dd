import { POD_CONTAINERS } from "../pod.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "workload/readiness-probe",
    title: "Long-running containers have a readiness probe",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    containers: POD_CONTAINERS,
    skipInit: true,
    skipBatch: true,
    rationale:
      "Without a readiness probe a pod receives traffic as soon as its process starts, before it can serve, and keeps receiving it while it is overloaded or its dependencies are down; rolling updates then cause errors.",
    remediation: {
      text: "Add a readinessProbe that checks the container can serve requests (an HTTP health path or a TCP port).",
      spec: "spec.workloads[].health.path",
      yaml: "readinessProbe:\n  httpGet:\n    path: /health\n    port: http\n  periodSeconds: 10",
    },
    sources: [S.s003ClusterNodes, S.k8sProbes, S.mlReliability],
    equivalents: {
      polaris: ["readinessProbeMissing"],
      kubeScore: ["pod-probes"],
      kubeLinter: ["no-readiness-probe"],
      kyverno: ["require-pod-probes"],
    },
  },
  (c) =>
    c.container.readinessProbe ? undefined : { message: "has no readinessProbe", at: ["readinessProbe"] },
);
