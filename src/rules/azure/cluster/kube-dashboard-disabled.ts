import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const kubeDashboardDisabled = clusterFieldRule({
  id: "cluster/kube-dashboard-disabled",
  title: "The Kubernetes dashboard add-on is disabled",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "The kube-dashboard add-on ran with broad permissions and was a well-known attack path; it is retired in AKS. Use the Azure portal's Kubernetes resource view instead.",
  remediation: {
    text: "Remove the kubeDashboard add-on profile or set it to disabled.",
    arm: "properties.addonProfiles.kubeDashboard.enabled: false",
    terraform: "azurerm_kubernetes_cluster: remove any kube_dashboard block (azurerm 3.0 removed it)",
  },
  sources: [SEED.networkSecurity000, LEARN.dashboard],
  equivalents: { checkov: ["CKV_AZURE_8"] },
  path: ["properties", "addonProfiles", "kubeDashboard", "enabled"],
  expect: (v) => asBool(v) !== true,
  message: () => "The Kubernetes dashboard add-on is enabled; disable it.",
});
