import { POD_CONTAINERS } from "../pod.js";
import { jsonEqual } from "../../../util/json-equal.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "workload/probes-identical",
    title: "Liveness and readiness probes differ",
    severity: "low",
    pillar: "reliability",
    level: "production",
    containers: POD_CONTAINERS,
    skipInit: true,
    rationale:
      "When the liveness probe is the readiness probe, a slow dependency or a traffic spike that should only take the pod out of rotation makes the kubelet restart it as well, turning a brownout into a restart storm.",
    remediation: {
      text: "Make the liveness probe more tolerant than the readiness probe: a higher failureThreshold or period, or a cheaper endpoint that does not check dependencies.",
      yaml: "readinessProbe:\n  httpGet: { path: /ready, port: http }\n  periodSeconds: 10\nlivenessProbe:\n  httpGet: { path: /health, port: http }\n  periodSeconds: 20\n  failureThreshold: 6",
    },
    sources: [S.s003ClusterNodes, S.k8sProbes, S.mlReliability],
    equivalents: { kubeScore: ["pod-probes-identical"] },
  },
  (c) =>
    c.container.livenessProbe !== undefined &&
    jsonEqual(c.container.livenessProbe, c.container.readinessProbe)
      ? { message: "uses the same probe for liveness and readiness", at: ["livenessProbe"] }
      : undefined,
);
