import { arrAt, isObj } from "../pod.js";
import { S } from "../sources.js";
import type { ContainerProblem } from "../templates.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "security/host-port",
    title: "Containers do not bind host ports",
    severity: "medium",
    pillar: "security",
    level: "baseline",
    rationale:
      "A hostPort exposes the container on the node's own IP, outside Services and NetworkPolicies, and limits the workload to one pod per node. The baseline Pod Security Standard forbids host ports.",
    remediation: {
      text: "Remove hostPort from the container ports and expose the workload through a Service.",
      yaml: "ports:\n  - name: http\n    containerPort: 3000",
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.k8sService],
    equivalents: { polaris: ["hostPortSet"], kyverno: ["disallow-host-ports"] },
  },
  (c) => {
    const out: ContainerProblem[] = [];
    arrAt(c.container.ports).forEach((p, i) => {
      if (isObj(p) && p.hostPort !== undefined && p.hostPort !== 0)
        out.push({ message: `binds host port ${JSON.stringify(p.hostPort)}`, at: ["ports", i, "hostPort"] });
    });
    return out;
  },
);
