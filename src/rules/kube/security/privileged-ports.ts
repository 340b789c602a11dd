import { arrAt, isObj } from "../pod.js";
import { S } from "../sources.js";
import type { ContainerProblem } from "../templates.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "security/privileged-ports",
    title: "Containers listen on unprivileged ports",
    severity: "low",
    pillar: "security",
    level: "production",
    rationale:
      "Binding a port below 1024 needs root or NET_BIND_SERVICE, which a restricted, non-root container should not have. The Service can still expose port 80 or 443 and target a high container port.",
    remediation: {
      text: "Listen on a port of 1024 or above inside the container and map it with the Service's port/targetPort.",
      spec: "spec.workloads[].port",
      yaml: "ports:\n  - name: http\n    containerPort: 8080",
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.k8sService],
    equivalents: { kubeLinter: ["privileged-ports"] },
  },
  (c) => {
    const out: ContainerProblem[] = [];
    arrAt(c.container.ports).forEach((p, i) => {
      if (isObj(p) && typeof p.containerPort === "number" && p.containerPort < 1024)
        out.push({
          message: `listens on privileged port ${p.containerPort}`,
          at: ["ports", i, "containerPort"],
        });
    });
    return out;
  },
);
