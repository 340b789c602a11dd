import { S } from "../sources.js";
import { containerFieldRule } from "../templates.js";

export const rule = containerFieldRule({
  id: "security/read-only-root-fs",
  title: "Containers use a read-only root filesystem",
  severity: "medium",
  pillar: "security",
  level: "production",
  linuxOnly: true,
  field: ["securityContext", "readOnlyRootFilesystem"],
  ok: (v) => v === true,
  message: () => "does not set securityContext.readOnlyRootFilesystem: true",
  rationale:
    "A writable root filesystem lets an attacker drop tools and binaries into the container and persist changes; with it read-only, writes go only to explicit emptyDir volumes.",
  remediation: {
    text: "Set readOnlyRootFilesystem: true and mount an emptyDir where the application must write (e.g. /tmp).",
    yaml: "securityContext:\n  readOnlyRootFilesystem: true\nvolumeMounts:\n  - name: tmp\n    mountPath: /tmp",
  },
  sources: [S.s000Summary, S.s003Policy, S.k8sSecurityContext, S.mlPodSecurity],
  equivalents: {
    polaris: ["notReadOnlyRootFilesystem"],
    kubeScore: ["container-security-context-readonlyrootfilesystem"],
    kubeLinter: ["no-read-only-root-fs"],
    kyverno: ["require-ro-rootfs"],
  },
});
