import { S } from "../sources.js";
import { containerFieldRule } from "../templates.js";

export const rule = containerFieldRule({
  id: "security/privileged",
  title: "Containers do not run privileged",
  severity: "critical",
  pillar: "security",
  level: "baseline",
  field: ["securityContext", "privileged"],
  ok: (v) => v !== true,
  message: () => "runs privileged (securityContext.privileged: true)",
  rationale:
    "A privileged container has every capability and all host devices; a process that escapes it owns the node, its kubelet credentials and every pod on it. The Pod Security Standards baseline forbids it.",
  remediation: {
    text: "Remove securityContext.privileged or set it to false; grant only the specific capability the container needs.",
    spec: "spec.namespaces[].podSecurity",
    yaml: "securityContext:\n  privileged: false",
  },
  sources: [S.k8sPss, S.s000Summary, S.mlPodSecurity],
  equivalents: {
    polaris: ["runAsPrivileged"],
    kubeScore: ["container-security-context-privileged"],
    kubeLinter: ["privileged-container"],
    kyverno: ["disallow-privileged-containers"],
  },
});
