import { S } from "../sources.js";
import { podFieldRule } from "../templates.js";

export const rule = podFieldRule({
  id: "security/automount-token",
  title: "Pods do not automount a service account token",
  severity: "low",
  pillar: "security",
  level: "production",
  field: ["automountServiceAccountToken"],
  ok: (v) => v === false,
  message: () => "pod does not set automountServiceAccountToken: false",
  rationale:
    "Most applications never call the Kubernetes API, yet every pod gets a token for its service account by default; a compromised pod can use it against the API server. Microsoft Entra Workload ID injects its own projected token and works with automounting off.",
  remediation: {
    text: "Set automountServiceAccountToken: false on the pod (or the ServiceAccount) unless the application calls the Kubernetes API.",
    yaml: "spec:\n  automountServiceAccountToken: false",
  },
  sources: [S.s003Secrets, S.k8sServiceAccounts, S.mlWorkloadIdentity],
  equivalents: { polaris: ["automountServiceAccountToken"], kyverno: ["restrict-automount-sa-token"] },
});
