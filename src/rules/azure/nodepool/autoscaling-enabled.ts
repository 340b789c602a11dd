import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule } from "../templates.js";

export const autoscalingEnabled = poolFieldRule({
  id: "nodepool/autoscaling-enabled",
  title: "The cluster autoscaler manages the pool",
  severity: "medium",
  pillar: "reliability",
  level: "production",
  rationale:
    "A fixed-size pool either wastes money at night or leaves pods Pending at peak; the cluster autoscaler adds nodes when pods cannot be scheduled and removes idle ones, within minCount and maxCount.",
  remediation: {
    text: "Enable the cluster autoscaler with a minimum and maximum node count.",
    spec: "spec.nodePools[].min / spec.nodePools[].max",
    arm: "agentPoolProfiles[].enableAutoScaling: true, minCount, maxCount",
    terraform: "azurerm_kubernetes_cluster_node_pool.auto_scaling_enabled = true (min_count, max_count)",
  },
  sources: [SEED.autoscaler, SEED.nodePools000, LEARN.clusterAutoscaler],
  equivalents: { psrule: ["Azure.AKS.AutoScaling"] },
  path: ["enableAutoScaling"],
  expect: (v) => asBool(v) === true,
  message: (_v, pool) => `Node pool "${pool.name}" has a fixed size; enable the cluster autoscaler.`,
});
