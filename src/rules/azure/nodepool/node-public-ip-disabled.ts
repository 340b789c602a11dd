import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule } from "../templates.js";

export const nodePublicIpDisabled = poolFieldRule({
  id: "nodepool/node-public-ip-disabled",
  title: "Nodes have no public IP addresses",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "A public IP on every node exposes kubelet and node ports directly to the internet and bypasses the egress path (firewall, NAT gateway). Inbound traffic belongs on load balancers or Application Gateway.",
  remediation: {
    text: "Disable node public IPs; expose services through a load balancer or ingress.",
    arm: "agentPoolProfiles[].enableNodePublicIP: false",
    terraform: "azurerm_kubernetes_cluster_node_pool.node_public_ip_enabled = false",
  },
  sources: [SEED.networkFlow, LEARN.nodePublicIp],
  equivalents: { checkov: ["CKV_AZURE_143"] },
  path: ["enableNodePublicIP"],
  expect: (v) => asBool(v) !== true,
  message: (_v, pool) =>
    `Node pool "${pool.name}" gives every node a public IP address; disable enableNodePublicIP.`,
});
