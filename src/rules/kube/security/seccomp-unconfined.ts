import { containersOf, getPath } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "security/seccomp-unconfined",
    title: "Pods do not disable seccomp",
    severity: "high",
    pillar: "security",
    level: "baseline",
    rationale:
      "seccomp filters the system calls a container can make; an Unconfined profile exposes the whole kernel attack surface (the path of most container escapes). The baseline Pod Security Standard forbids Unconfined.",
    remediation: {
      text: "Remove the Unconfined seccomp profile and use RuntimeDefault.",
      yaml: "securityContext:\n  seccompProfile:\n    type: RuntimeDefault",
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.mlPodSecurity],
    equivalents: { kyverno: ["restrict-seccomp"] },
  },
  (pod) => {
    const out: Problem[] = [];
    if (getPath(pod.spec, ["securityContext", "seccompProfile", "type"]) === "Unconfined")
      out.push({
        message: "pod sets seccomp profile Unconfined",
        path: [...pod.specPath, "securityContext", "seccompProfile", "type"],
      });
    for (const c of containersOf(pod))
      if (getPath(c.container, ["securityContext", "seccompProfile", "type"]) === "Unconfined")
        out.push({
          message: `container "${c.name}" sets seccomp profile Unconfined`,
          path: [...c.path, "securityContext", "seccompProfile", "type"],
        });
    return out;
  },
);
