import { arrAt, getPath } from "../pod.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "security/capabilities-drop-all",
    title: "Containers drop all capabilities",
    severity: "medium",
    pillar: "security",
    level: "production",
    linuxOnly: true,
    rationale:
      "Containers start with the runtime's default capabilities, including NET_RAW (packet crafting, ARP and DNS spoofing inside the node network) and CHOWN/SETUID. Dropping ALL and adding back only what is needed is what the restricted Pod Security Standard requires.",
    remediation: {
      text: 'Set securityContext.capabilities.drop: ["ALL"] and add back only NET_BIND_SERVICE if the process binds a port below 1024.',
      yaml: 'securityContext:\n  capabilities:\n    drop: ["ALL"]',
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.k8sSecurityContext],
    equivalents: {
      polaris: ["insecureCapabilities"],
      kubeLinter: ["drop-net-raw-capability"],
      kyverno: ["require-drop-all", "disallow-capabilities-strict"],
    },
  },
  (c) =>
    arrAt(getPath(c.container, ["securityContext", "capabilities", "drop"])).some(
      (x) => typeof x === "string" && x.toUpperCase() === "ALL",
    )
      ? undefined
      : { message: "does not drop ALL capabilities", at: ["securityContext", "capabilities", "drop"] },
);
