import { S } from "../sources.js";
import { containerFieldRule } from "../templates.js";

export const rule = containerFieldRule({
  id: "security/seccomp-profile",
  title: "Containers run with the RuntimeDefault or a Localhost seccomp profile",
  severity: "medium",
  pillar: "security",
  level: "production",
  linuxOnly: true,
  field: ["securityContext", "seccompProfile", "type"],
  podField: ["securityContext", "seccompProfile", "type"],
  ok: (v) => v === "RuntimeDefault" || v === "Localhost",
  message: (v) =>
    v === undefined
      ? "has no seccomp profile (set seccompProfile.type: RuntimeDefault)"
      : `uses seccomp profile ${JSON.stringify(v)}`,
  rationale:
    "Without an explicit profile a container may run unconfined, with every system call available. The restricted Pod Security Standard requires RuntimeDefault or Localhost, set on the pod or on each container.",
  remediation: {
    text: "Set securityContext.seccompProfile.type: RuntimeDefault in the pod securityContext.",
    spec: "spec.namespaces[].podSecurity",
    yaml: "securityContext:\n  seccompProfile:\n    type: RuntimeDefault",
  },
  sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.mlPodSecurity],
  equivalents: {
    polaris: ["linuxHardening"],
    kubeScore: ["container-seccomp-profile"],
    kyverno: ["restrict-seccomp-strict"],
  },
});
