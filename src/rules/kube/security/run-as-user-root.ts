import { S } from "../sources.js";
import { containerFieldRule } from "../templates.js";

export const rule = containerFieldRule({
  id: "security/run-as-user-root",
  title: "Containers do not set runAsUser 0",
  severity: "high",
  pillar: "security",
  level: "production",
  field: ["securityContext", "runAsUser"],
  podField: ["securityContext", "runAsUser"],
  ok: (v) => v !== 0,
  message: () => "runs as UID 0 (runAsUser: 0)",
  rationale:
    "runAsUser: 0 runs the container as root whatever the image says and defeats runAsNonRoot. The restricted Pod Security Standard forbids it.",
  remediation: {
    text: "Set runAsUser to a non-zero UID (10000 or above avoids clashing with host users) or remove it.",
    yaml: "securityContext:\n  runAsUser: 10001",
  },
  sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.k8sSecurityContext],
  equivalents: {
    kubeScore: ["container-security-context-user-group-id"],
    kyverno: ["require-run-as-non-root-user"],
  },
});
