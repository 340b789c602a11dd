import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const workloadIdentityEnabled = clusterFieldRule({
  id: "cluster/workload-identity-enabled",
  title: "Microsoft Entra Workload ID is enabled",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "Workload ID lets pods get Entra tokens through federated service account tokens, so no client secret or connection string is stored in the cluster. It replaces the deprecated pod-managed identity.",
  remediation: {
    text: "Enable the workload identity webhook (and the OIDC issuer it needs).",
    spec: "spec.identity.workloadIdentity: true",
    arm: "properties.securityProfile.workloadIdentity.enabled: true",
    terraform: "azurerm_kubernetes_cluster.workload_identity_enabled = true",
  },
  sources: [SEED.entraWorkload, SEED.identity004, LEARN.workloadIdentity],
  equivalents: {},
  path: ["properties", "securityProfile", "workloadIdentity", "enabled"],
  expect: (v) => asBool(v) === true,
  message: () => "Workload identity is not enabled (securityProfile.workloadIdentity.enabled is not true).",
});
