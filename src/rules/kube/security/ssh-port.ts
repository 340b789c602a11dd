import { arrAt, isObj } from "../pod.js";
import { S } from "../sources.js";
import type { ContainerProblem } from "../templates.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "security/ssh-port",
    title: "Containers do not expose SSH",
    severity: "medium",
    pillar: "security",
    level: "baseline",
    rationale:
      "An SSH server in a container is a standing, password- or key-based entry point that bypasses Kubernetes RBAC and audit logs. Debug through kubectl debug with Entra ID-authenticated access instead.",
    remediation: {
      text: "Remove the SSH server and port 22 from the container; use kubectl debug or exec under RBAC when needed.",
      yaml: "ports:\n  - name: http\n    containerPort: 3000",
    },
    sources: [S.k8sRbacGood, S.s003Rbac],
    equivalents: { kubeLinter: ["ssh-port"] },
  },
  (c) => {
    const out: ContainerProblem[] = [];
    arrAt(c.container.ports).forEach((p, i) => {
      if (isObj(p) && p.containerPort === 22 && (p.protocol === undefined || p.protocol === "TCP"))
        out.push({ message: "exposes port 22 (SSH)", at: ["ports", i, "containerPort"] });
    });
    return out;
  },
);
