import { S } from "../sources.js";
import { containerFieldRule } from "../templates.js";

export const rule = containerFieldRule({
  id: "security/host-process",
  title: "Windows containers do not run as host processes",
  severity: "critical",
  pillar: "security",
  level: "baseline",
  field: ["securityContext", "windowsOptions", "hostProcess"],
  podField: ["securityContext", "windowsOptions", "hostProcess"],
  ok: (v) => v !== true,
  message: () => "runs as a Windows HostProcess container",
  rationale:
    "A Windows HostProcess container runs directly on the node with the host's network and filesystem, the Windows equivalent of a privileged container. The baseline Pod Security Standard forbids it.",
  remediation: {
    text: "Remove windowsOptions.hostProcess (or set it to false).",
    yaml: "securityContext:\n  windowsOptions:\n    hostProcess: false",
  },
  sources: [S.s000Summary, S.s003Policy, S.k8sPss],
  equivalents: { kyverno: ["disallow-host-process"] },
});
