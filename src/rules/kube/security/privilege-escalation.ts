import { S } from "../sources.js";
import { containerFieldRule } from "../templates.js";

export const rule = containerFieldRule({
  id: "security/privilege-escalation",
  title: "Containers forbid privilege escalation",
  severity: "high",
  pillar: "security",
  level: "production",
  linuxOnly: true,
  field: ["securityContext", "allowPrivilegeEscalation"],
  ok: (v) => v === false,
  message: (v) =>
    v === true
      ? "allows privilege escalation (securityContext.allowPrivilegeEscalation: true)"
      : "does not set securityContext.allowPrivilegeEscalation: false",
  rationale:
    "Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent through setuid binaries or file capabilities. The restricted Pod Security Standard requires it to be false.",
  remediation: {
    text: "Set securityContext.allowPrivilegeEscalation: false on every container.",
    spec: "spec.namespaces[].podSecurity",
    yaml: "securityContext:\n  allowPrivilegeEscalation: false",
  },
  sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.k8sSecurityContext, S.mlPodSecurity],
  equivalents: {
    polaris: ["privilegeEscalationAllowed"],
    kubeLinter: ["privilege-escalation-container"],
    kyverno: ["disallow-privilege-escalation"],
  },
});
