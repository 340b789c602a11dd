import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const azureRbacEnabled = clusterFieldRule({
  id: "cluster/azure-rbac-enabled",
  title: "Azure RBAC for Kubernetes authorization is enabled",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "Azure RBAC lets one set of role assignments govern both the Azure resource and the Kubernetes API, managed and audited in one place instead of per-cluster RoleBindings to Entra groups.",
  remediation: {
    text: "Enable Azure RBAC for Kubernetes authorization and grant the built-in AKS RBAC roles to groups.",
    spec: "spec.identity.azureRbac: true",
    arm: "properties.aadProfile.enableAzureRBAC: true",
    terraform:
      "azurerm_kubernetes_cluster.azure_active_directory_role_based_access_control { azure_rbac_enabled = true }",
  },
  sources: [SEED.azureRbac, LEARN.azureRbac],
  equivalents: { psrule: ["Azure.AKS.AzureRBAC"] },
  path: ["properties", "aadProfile", "enableAzureRBAC"],
  expect: (v) => asBool(v) === true,
  message: () =>
    "Azure RBAC for Kubernetes authorization is not enabled (aadProfile.enableAzureRBAC is not true).",
});
