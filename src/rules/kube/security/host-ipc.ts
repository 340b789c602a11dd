import { S } from "../sources.js";
import { podFieldRule } from "../templates.js";

export const rule = podFieldRule({
  id: "security/host-ipc",
  title: "Pods do not share the host IPC namespace",
  severity: "high",
  pillar: "security",
  level: "baseline",
  field: ["hostIPC"],
  ok: (v) => v !== true,
  message: () => "pod shares the host IPC namespace (hostIPC: true)",
  rationale:
    "A pod in the host IPC namespace can read and write the shared memory and message queues of every process on the node. The baseline Pod Security Standard forbids host namespaces.",
  remediation: {
    text: "Remove hostIPC from the pod spec (it defaults to false).",
    spec: "spec.namespaces[].podSecurity",
    yaml: "spec:\n  hostIPC: false",
  },
  sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.mlPodSecurity],
  equivalents: {
    polaris: ["hostIPCSet"],
    kubeLinter: ["host-ipc"],
    kyverno: ["disallow-host-namespaces"],
  },
});
