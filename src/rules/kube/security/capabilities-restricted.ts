import { arrAt, getPath } from "../pod.js";
import { S } from "../sources.js";
import type { ContainerProblem } from "../templates.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "security/capabilities-restricted",
    title: "Containers add back only NET_BIND_SERVICE",
    severity: "medium",
    pillar: "security",
    level: "production",
    linuxOnly: true,
    rationale:
      "The restricted Pod Security Standard lets a container add back only NET_BIND_SERVICE after dropping ALL; any other added capability (even from the runtime default set, such as CHOWN or SETUID) widens what a compromised process can do.",
    remediation: {
      text: "Remove every capability from securityContext.capabilities.add except NET_BIND_SERVICE.",
      yaml: 'securityContext:\n  capabilities:\n    drop: ["ALL"]\n    add: ["NET_BIND_SERVICE"]',
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss],
    equivalents: { kyverno: ["disallow-capabilities-strict"] },
  },
  (c) => {
    const out: ContainerProblem[] = [];
    arrAt(getPath(c.container, ["securityContext", "capabilities", "add"])).forEach((cap, i) => {
      const name = typeof cap === "string" ? cap.toUpperCase().replace(/^CAP_/, "") : "";
      if (name !== "NET_BIND_SERVICE")
        out.push({
          message: `adds capability ${JSON.stringify(cap)} beyond NET_BIND_SERVICE`,
          at: ["securityContext", "capabilities", "add", i],
        });
    });
    return out;
  },
);
