import { networkMode } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const networkPluginOverlay = clusterFieldRule({
  id: "cluster/network-plugin-overlay",
  title: "Azure CNI runs in overlay mode",
  severity: "low",
  pillar: "performance",
  level: "production",
  rationale:
    "Classic Azure CNI reserves one VNet address per potential pod (maxPods + 1 per node, surge nodes included), which exhausts node subnets and peered address space long before compute runs out. CNI Overlay gives pods a private CIDR and uses one VNet address per node (seed 004's enterprise scenario).",
  remediation: {
    text: "Set the network plugin mode to overlay with a pod CIDR that does not overlap the VNet.",
    spec: "spec.network.plugin: azure-overlay",
    arm: 'properties.networkProfile: { networkPlugin: "azure", networkPluginMode: "overlay", podCidr: "10.244.0.0/16" }',
    terraform:
      'azurerm_kubernetes_cluster.network_profile { network_plugin = "azure", network_plugin_mode = "overlay", pod_cidr = "10.244.0.0/16" }',
  },
  sources: [SEED.overlay004, SEED.scenario004, SEED.podIps, LEARN.overlay],
  equivalents: {},
  path: ["properties", "networkProfile", "networkPluginMode"],
  expect: (_v, cluster) => {
    const mode = networkMode(cluster);
    return mode === "unknown" ? "unknown" : mode !== "classic";
  },
  message: () =>
    "The cluster uses classic Azure CNI, which takes a VNet address for every pod; use CNI Overlay (networkPluginMode: overlay).",
});
