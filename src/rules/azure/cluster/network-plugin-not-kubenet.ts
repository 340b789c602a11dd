import { networkMode } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const networkPluginNotKubenet = clusterFieldRule({
  id: "cluster/network-plugin-not-kubenet",
  title: "The cluster does not use kubenet",
  severity: "medium",
  pillar: "operations",
  level: "production",
  rationale:
    "kubenet is the legacy network model: it relies on route tables (400 routes, so at most 400 nodes), supports no Windows nodes or Azure network policy, and Microsoft has announced its retirement (March 2028). Azure CNI Overlay keeps the same small VNet footprint without those limits. ARM defaults to kubenet when no plugin is given.",
  remediation: {
    text: "Use Azure CNI in overlay mode; existing kubenet clusters can be upgraded in place to CNI Overlay.",
    spec: "spec.network.plugin: azure-overlay",
    arm: 'properties.networkProfile: { networkPlugin: "azure", networkPluginMode: "overlay" }',
    terraform:
      'azurerm_kubernetes_cluster.network_profile { network_plugin = "azure", network_plugin_mode = "overlay" }',
  },
  sources: [SEED.networkingModel, SEED.cniVsKubenet000, SEED.overlay004, LEARN.kubenetRetirement],
  equivalents: { psrule: ["Azure.AKS.AzureCNI"], checkov: ["CKV2_AZURE_29"] },
  path: ["properties", "networkProfile", "networkPlugin"],
  expect: (_v, cluster) => {
    const mode = networkMode(cluster);
    return mode === "unknown" ? "unknown" : mode !== "kubenet";
  },
  message: (v) =>
    v === undefined
      ? "No network plugin is set, so ARM creates a kubenet cluster; kubenet is legacy and being retired, use Azure CNI Overlay."
      : "The cluster uses kubenet, which is legacy and being retired; use Azure CNI Overlay.",
});
