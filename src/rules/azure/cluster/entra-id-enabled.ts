import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const entraIdEnabled = clusterFieldRule({
  id: "cluster/entra-id-enabled",
  title: "AKS-managed Microsoft Entra ID integration is enabled",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "Without Microsoft Entra integration, users authenticate with certificates from the kubeconfig; with it, access follows Entra identities, groups, conditional access and MFA, and can be revoked centrally.",
  remediation: {
    text: "Enable AKS-managed Microsoft Entra integration and name the admin groups.",
    spec: "spec.identity.adminGroupObjectIds: [<group-object-id>]",
    arm: "properties.aadProfile: { managed: true, adminGroupObjectIDs: [...] }",
    terraform:
      "azurerm_kubernetes_cluster.azure_active_directory_role_based_access_control { admin_group_object_ids = [...] }",
  },
  sources: [SEED.entraCluster, LEARN.entra],
  equivalents: { psrule: ["Azure.AKS.ManagedAAD"] },
  path: ["properties", "aadProfile", "managed"],
  expect: (v) => asBool(v) === true,
  message: () => "The cluster is not integrated with Microsoft Entra ID (aadProfile.managed is not true).",
});
