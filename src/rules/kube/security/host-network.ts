import { S } from "../sources.js";
import { podFieldRule } from "../templates.js";

export const rule = podFieldRule({
  id: "security/host-network",
  title: "Pods do not share the host network namespace",
  severity: "high",
  pillar: "security",
  level: "baseline",
  field: ["hostNetwork"],
  ok: (v) => v !== true,
  message: () => "pod shares the host network namespace (hostNetwork: true)",
  rationale:
    "A pod on the host network sees and can bind every interface of the node, bypasses NetworkPolicies and can reach the instance metadata and kubelet endpoints directly. The baseline Pod Security Standard forbids host namespaces.",
  remediation: {
    text: "Remove hostNetwork from the pod spec (it defaults to false).",
    spec: "spec.namespaces[].podSecurity",
    yaml: "spec:\n  hostNetwork: false",
  },
  sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.mlPodSecurity],
  equivalents: {
    polaris: ["hostNetworkSet"],
    kubeLinter: ["host-network"],
    kyverno: ["disallow-host-namespaces"],
  },
});
