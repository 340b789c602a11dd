import { arrAt, getPath } from "../pod.js";
import { S } from "../sources.js";
import type { ContainerProblem } from "../templates.js";
import { containerRule } from "../templates.js";

/** Capabilities the baseline Pod Security Standard lets a container add (the container runtime's default set). */
const BASELINE_ALLOWED = new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT",
]);

export const rule = containerRule(
  {
    id: "security/capabilities-baseline",
    title: "Containers add no dangerous capabilities",
    severity: "high",
    pillar: "security",
    level: "baseline",
    rationale:
      "Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or ALL give a container near-root power over the node's kernel, network and other processes. The baseline Pod Security Standard allows adding only the runtime's default set.",
    remediation: {
      text: "Remove the capability from securityContext.capabilities.add; if the workload truly needs it, isolate it on a dedicated node pool and namespace.",
      yaml: 'securityContext:\n  capabilities:\n    drop: ["ALL"]',
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.mlPodSecurity],
    equivalents: { polaris: ["dangerousCapabilities"], kyverno: ["disallow-capabilities"] },
  },
  (c) => {
    const out: ContainerProblem[] = [];
    arrAt(getPath(c.container, ["securityContext", "capabilities", "add"])).forEach((cap, i) => {
      const name = typeof cap === "string" ? cap.toUpperCase().replace(/^CAP_/, "") : "";
      if (!BASELINE_ALLOWED.has(name))
        out.push({
          message: `adds capability ${JSON.stringify(cap)}`,
          at: ["securityContext", "capabilities", "add", i],
        });
    });
    return out;
  },
);
