import { networkMode } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, oneOf, show } from "../templates.js";

export const networkDataplaneCilium = clusterFieldRule({
  id: "cluster/network-dataplane-cilium",
  title: "Azure CNI uses the Cilium data plane",
  severity: "low",
  pillar: "performance",
  level: "production",
  rationale:
    "Azure CNI Powered by Cilium routes and enforces network policy with eBPF instead of iptables: it scales to more services and policies, adds FQDN and L7 policy options and Hubble observability. The data plane is chosen at creation.",
  remediation: {
    text: "Create Azure CNI clusters with the Cilium data plane (and Cilium network policy).",
    spec: "spec.network.dataPlane: cilium",
    arm: 'properties.networkProfile.networkDataplane: "cilium"',
    terraform: 'azurerm_kubernetes_cluster.network_profile { network_data_plane = "cilium" }',
  },
  sources: [SEED.networkingModel, SEED.overlay004, LEARN.cilium],
  equivalents: {},
  applies: (cluster) => {
    const mode = networkMode(cluster);
    if (mode === "unknown") return "unknown";
    return mode === "overlay" || mode === "classic";
  },
  path: ["properties", "networkProfile", "networkDataplane"],
  expect: oneOf("cilium"),
  message: (v) =>
    `The cluster uses the ${show(v ?? "azure")} data plane; prefer Cilium (networkDataplane: cilium).`,
});
