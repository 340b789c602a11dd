import { S } from "../sources.js";
import { podFieldRule } from "../templates.js";

export const rule = podFieldRule({
  id: "security/host-pid",
  title: "Pods do not share the host process namespace",
  severity: "high",
  pillar: "security",
  level: "baseline",
  field: ["hostPID"],
  ok: (v) => v !== true,
  message: () => "pod shares the host process namespace (hostPID: true)",
  rationale:
    "A pod in the host PID namespace sees every process on the node, can read their environment and memory through /proc and, with ptrace, take them over. The baseline Pod Security Standard forbids host namespaces.",
  remediation: {
    text: "Remove hostPID from the pod spec (it defaults to false).",
    spec: "spec.namespaces[].podSecurity",
    yaml: "spec:\n  hostPID: false",
  },
  sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.mlPodSecurity],
  equivalents: {
    polaris: ["hostPIDSet"],
    kubeLinter: ["host-pid"],
    kyverno: ["disallow-host-namespaces"],
  },
});
