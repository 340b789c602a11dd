import { asBool, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const apiServerPrivate = clusterFieldRule({
  id: "cluster/api-server-private",
  title: "Production API servers are private or VNet-integrated",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "A private cluster (or API Server VNet Integration) keeps the control plane endpoint off the internet entirely, so access needs a path into the virtual network (Bastion, VPN, self-hosted agents) rather than an IP allow-list that drifts.",
  remediation: {
    text: "Create the cluster as a private cluster, or enable API Server VNet Integration with a delegated subnet.",
    spec: "spec.apiServer.access: private (or vnet-integration)",
    arm: "properties.apiServerAccessProfile.enablePrivateCluster: true (or enableVnetIntegration: true with subnetId)",
    terraform:
      "azurerm_kubernetes_cluster.private_cluster_enabled = true (or api_server_access_profile { virtual_network_integration_enabled = true, subnet_id = ... })",
  },
  sources: [SEED.privateCluster000, SEED.networkFlow, LEARN.privateCluster, LEARN.vnetIntegration],
  equivalents: { checkov: ["CKV_AZURE_115"] },
  path: ["properties", "apiServerAccessProfile", "enablePrivateCluster"],
  expect: (v, cluster) => {
    const priv = asBool(v);
    if (priv === true) return true;
    const vnet = asBool(
      get(cluster.resource, ["properties", "apiServerAccessProfile", "enableVnetIntegration"]),
    );
    if (vnet === true) return true;
    return priv === "unknown" || vnet === "unknown" ? "unknown" : false;
  },
  message: () =>
    "The API server has a public endpoint; make the cluster private or enable API Server VNet Integration.",
});
