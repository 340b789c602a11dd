import { LEARN, SEED } from "../sources.js";
import { noneOf, poolFieldRule, show } from "../templates.js";

export const osSkuSupported = poolFieldRule({
  id: "nodepool/os-sku-supported",
  title: "Nodes run a supported OS (Azure Linux 3 or Ubuntu)",
  severity: "medium",
  pillar: "security",
  level: "baseline",
  rationale:
    "Azure Linux 2.0 (osSKU CBLMariner / Mariner) reached end of support on 30 November 2025 and its node images are being removed, and Windows Server 2019 node pools are retired on AKS: such pools get no security updates and soon cannot scale. Azure Linux 3 (osSKU AzureLinux on current versions) and Ubuntu are supported.",
  remediation: {
    text: "Use osSKU AzureLinux (Azure Linux 3) or Ubuntu for Linux pools and Windows2022 or later for Windows pools.",
    spec: "spec.nodePoolDefaults.osSku: AzureLinux",
    arm: 'agentPoolProfiles[].osSKU: "AzureLinux"',
    terraform: 'azurerm_kubernetes_cluster_node_pool.os_sku = "AzureLinux"',
  },
  sources: [SEED.operatingSystem, LEARN.osSku, LEARN.versions],
  equivalents: {},
  path: ["osSKU"],
  expect: noneOf("CBLMariner", "Mariner", "AzureLinux2", "Windows2019"),
  message: (v, pool) =>
    `Node pool "${pool.name}" uses retired OS SKU ${show(v)}; use AzureLinux (Azure Linux 3) or Ubuntu.`,
});
