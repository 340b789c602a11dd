import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, oneOf, show } from "../templates.js";

export const outboundTypeControlled = clusterFieldRule({
  id: "cluster/outbound-type-controlled",
  title: "Egress goes through a firewall (UDR) or a NAT gateway",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "With the default loadBalancer outbound type, nodes leave through the cluster's public load balancer with no inspection and SNAT ports shared with inbound traffic. Routing egress through Azure Firewall (userDefinedRouting) lets you filter and log it; a NAT gateway at least gives stable egress IPs and ample SNAT ports.",
  remediation: {
    text: "Route egress through Azure Firewall with a route table on the node subnets, or use a NAT gateway.",
    spec: "spec.network.egress: firewall (or nat-gateway)",
    arm: 'properties.networkProfile.outboundType: "userDefinedRouting" (or "userAssignedNATGateway" / "managedNATGateway")',
    terraform: 'azurerm_kubernetes_cluster.network_profile { outbound_type = "userDefinedRouting" }',
  },
  sources: [SEED.egressFlow, SEED.opsChecklist002, LEARN.outbound, LEARN.egressFirewall],
  equivalents: {},
  path: ["properties", "networkProfile", "outboundType"],
  expect: oneOf("userDefinedRouting", "managedNATGateway", "userAssignedNATGateway", "none", "block"),
  message: (v) =>
    `Egress uses outbound type ${show(v ?? "loadBalancer")} without inspection; route it through a firewall (userDefinedRouting) or a NAT gateway.`,
});
