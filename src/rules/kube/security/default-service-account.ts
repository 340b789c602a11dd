import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "security/default-service-account",
    title: "Pods use a dedicated service account",
    severity: "medium",
    pillar: "security",
    level: "production",
    rationale:
      "Every pod of a namespace that uses the default service account shares its RBAC grants and its Workload Identity federation; one RoleBinding or federated credential meant for one app then applies to all of them.",
    remediation: {
      text: "Create a ServiceAccount per workload and set serviceAccountName.",
      yaml: "spec:\n  serviceAccountName: api-gateway",
    },
    sources: [S.s000WorkloadIdentity, S.k8sServiceAccounts, S.mlIdentity],
    equivalents: { kubeLinter: ["default-service-account"] },
  },
  (pod) => {
    const sa = pod.spec.serviceAccountName ?? pod.spec.serviceAccount;
    if (typeof sa === "string" && sa !== "" && sa !== "default") return undefined;
    return {
      message: "pod runs as the default service account",
      path: [...pod.specPath, "serviceAccountName"],
    };
  },
);
