import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, oneOf, show } from "../templates.js";

export const egressThroughFirewall = clusterFieldRule({
  id: "cluster/egress-through-firewall",
  title: "Regulated clusters send egress through a firewall",
  severity: "medium",
  pillar: "security",
  level: "regulated",
  rationale:
    "The AKS baseline routes all egress through Azure Firewall and recommends against NAT gateway or proxies because they do not inspect traffic; regulated platforms need that inspection, FQDN filtering and threat-intelligence blocking.",
  remediation: {
    text: "Use the userDefinedRouting outbound type with a route table sending 0.0.0.0/0 to Azure Firewall.",
    spec: "spec.network.egress: firewall",
    arm: 'properties.networkProfile.outboundType: "userDefinedRouting"',
    terraform: 'azurerm_kubernetes_cluster.network_profile { outbound_type = "userDefinedRouting" }',
  },
  sources: [SEED.egressFlow, LEARN.egressFirewall],
  equivalents: {},
  path: ["properties", "networkProfile", "outboundType"],
  expect: oneOf("userDefinedRouting", "none", "block"),
  message: (v) =>
    `Egress uses outbound type ${show(v ?? "loadBalancer")}; regulated clusters route egress through a firewall (userDefinedRouting).`,
});
