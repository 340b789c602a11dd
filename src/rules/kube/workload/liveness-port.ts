import { probePortRule } from "../probe-port.js";
import { S } from "../sources.js";

export const rule = probePortRule(
  {
    id: "workload/liveness-port",
    title: "Liveness probe targets a declared port",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "A probe that names a port the container does not declare can never succeed: the kubelet cannot resolve the name, the probe fails and the pod is restarted in a loop.",
    remediation: {
      text: "Name the port in the container's ports[] list or point the livenessProbe at a declared port.",
      spec: "spec.workloads[].port",
      yaml: "ports:\n  - name: http\n    containerPort: 3000\nlivenessProbe:\n  httpGet:\n    path: /health\n    port: http",
    },
    sources: [S.s003ClusterNodes, S.k8sProbes],
    equivalents: { kubeLinter: ["liveness-port"] },
  },
  "livenessProbe",
);
