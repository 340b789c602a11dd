import { hasTaint, isSpotPool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule } from "../templates.js";

export const SPOT_TAINT = "kubernetes.azure.com/scalesetpriority=spot:NoSchedule";

export const spotPoolTaint = poolFieldRule({
  id: "nodepool/spot-pool-taint",
  title: "Spot pools declare the spot taint",
  severity: "low",
  pillar: "operations",
  level: "production",
  rationale:
    "AKS taints every spot node with kubernetes.azure.com/scalesetpriority=spot:NoSchedule so that only workloads that tolerate eviction land there. When the template does not declare the taint, Terraform and Bicep what-if show a permanent diff and a re-apply may try to remove it; declaring it also documents which workloads must tolerate it.",
  remediation: {
    text: "Declare the spot taint on spot pools and add the matching toleration to workloads that may be evicted.",
    spec: 'spec.nodePools[].taints: ["kubernetes.azure.com/scalesetpriority=spot:NoSchedule"]',
    arm: 'agentPoolProfiles[].nodeTaints: ["kubernetes.azure.com/scalesetpriority=spot:NoSchedule"]',
    terraform:
      'azurerm_kubernetes_cluster_node_pool.node_taints = ["kubernetes.azure.com/scalesetpriority=spot:NoSchedule"]',
  },
  sources: [SEED.nodePools000, LEARN.spot],
  equivalents: {},
  applies: (pool) => isSpotPool(pool),
  path: ["nodeTaints"],
  expect: (v) => hasTaint(v, "kubernetes.azure.com/scalesetpriority", "spot", "NoSchedule"),
  message: (_v, pool) => `Spot node pool "${pool.name}" does not declare the taint ${SPOT_TAINT}.`,
});
