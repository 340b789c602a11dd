import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, noneOf } from "../templates.js";

export const standardLoadBalancer = clusterFieldRule({
  id: "cluster/standard-load-balancer",
  title: "The cluster uses a Standard load balancer",
  severity: "high",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "The Basic load balancer SKU was retired on 30 September 2025: it has no SLA, no availability zones and no multiple node pools. The Standard SKU is the default.",
  remediation: {
    text: "Use the Standard load balancer SKU (the default).",
    arm: 'properties.networkProfile.loadBalancerSku: "standard"',
    terraform: 'azurerm_kubernetes_cluster.network_profile { load_balancer_sku = "standard" }',
  },
  sources: [SEED.networkFlow, LEARN.standardLb],
  equivalents: { psrule: ["Azure.AKS.StandardLB"] },
  path: ["properties", "networkProfile", "loadBalancerSku"],
  expect: noneOf("basic"),
  message: () => "The cluster uses the retired Basic load balancer SKU; use standard.",
});
