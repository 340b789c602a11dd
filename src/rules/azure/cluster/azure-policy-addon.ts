import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const azurePolicyAddon = clusterFieldRule({
  id: "cluster/azure-policy-addon",
  title: "The Azure Policy add-on is enabled",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "The Azure Policy add-on (Gatekeeper managed by Azure) applies the built-in Kubernetes policy initiatives (pod security baseline/restricted, allowed registries) and reports compliance centrally across clusters.",
  remediation: {
    text: "Enable the Azure Policy add-on and assign the Kubernetes pod security initiative.",
    spec: "spec.policy.azurePolicy: baseline (or restricted)",
    arm: "properties.addonProfiles.azurepolicy.enabled: true",
    terraform: "azurerm_kubernetes_cluster.azure_policy_enabled = true",
  },
  sources: [SEED.policy, LEARN.azurePolicy],
  equivalents: { psrule: ["Azure.AKS.AzurePolicyAddOn"], checkov: ["CKV_AZURE_116"] },
  path: ["properties", "addonProfiles", "azurepolicy", "enabled"],
  expect: (v) => asBool(v) === true,
  message: () => "The Azure Policy add-on is not enabled (addonProfiles.azurepolicy.enabled is not true).",
});
