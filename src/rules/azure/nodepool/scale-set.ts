import { LEARN, SEED } from "../sources.js";
import { noneOf, poolFieldRule, show } from "../templates.js";

export const scaleSet = poolFieldRule({
  id: "nodepool/scale-set",
  title: "Node pools are virtual machine scale sets",
  severity: "medium",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "Availability set pools support neither multiple node pools, the cluster autoscaler, availability zones nor the Standard load balancer, and are being retired; scale-set pools are the default.",
  remediation: {
    text: "Use VirtualMachineScaleSets pools (the default).",
    arm: 'agentPoolProfiles[].type: "VirtualMachineScaleSets"',
    terraform: 'azurerm_kubernetes_cluster.default_node_pool { type = "VirtualMachineScaleSets" }',
  },
  sources: [SEED.computeBase, LEARN.scaleSets],
  equivalents: { psrule: ["Azure.AKS.PoolScaleSet"], checkov: ["CKV_AZURE_169"] },
  path: ["type"],
  expect: noneOf("AvailabilitySet"),
  message: (v, pool) => `Node pool "${pool.name}" has type ${show(v)}; use VirtualMachineScaleSets.`,
});
