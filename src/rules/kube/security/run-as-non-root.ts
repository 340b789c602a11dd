import { S } from "../sources.js";
import { containerFieldRule } from "../templates.js";

export const rule = containerFieldRule({
  id: "security/run-as-non-root",
  title: "Containers must run as non-root",
  severity: "high",
  pillar: "security",
  level: "production",
  field: ["securityContext", "runAsNonRoot"],
  podField: ["securityContext", "runAsNonRoot"],
  ok: (v) => v === true,
  message: (v) =>
    v === false
      ? "sets runAsNonRoot: false"
      : "does not set runAsNonRoot: true (container or pod securityContext)",
  rationale:
    "With runAsNonRoot the kubelet refuses to start a container whose image would run as UID 0. Root in a container is root on the node's kernel; one escape bug away from the host. Required by the restricted Pod Security Standard.",
  remediation: {
    text: "Set runAsNonRoot: true in the pod securityContext (and build images with a numeric non-root USER).",
    spec: "spec.namespaces[].podSecurity",
    yaml: "securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001",
  },
  sources: [S.k8sPss, S.s000Summary, S.mlPodSecurity],
  equivalents: {
    polaris: ["runAsRootAllowed"],
    kubeScore: ["container-security-context-user-group-id"],
    kubeLinter: ["run-as-non-root"],
    kyverno: ["require-run-as-nonroot"],
  },
});
