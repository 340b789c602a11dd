import { defineRule } from "../../types.js";
import { isSpotPool, isSystemPool, minNodes } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

export const USER_POOL_MIN_NODES = 2;

export const userPoolMinCount = defineRule({
  id: "nodepool/user-pool-min-count",
  title: "User pools keep at least two nodes",
  severity: "low",
  pillar: "reliability",
  level: "production",
  rationale:
    "With a single node, every node failure, reboot or upgrade drain takes all of the pool's workloads down at once; two nodes let replicas spread and PodDisruptionBudgets be honoured. Spot pools, which may scale to zero, are exempt.",
  remediation: {
    text: "Run regular User pools with at least two nodes (minCount 2 with the autoscaler).",
    spec: "spec.nodePools[]: { mode: User, min: 2 }",
    arm: "agentPoolProfiles[].minCount: 2 (or count: 2 without the autoscaler)",
    terraform: "azurerm_kubernetes_cluster_node_pool.min_count = 2",
  },
  sources: [SEED.clusterNodes, SEED.computeBase, LEARN.multiplePools],
  equivalents: { psrule: ["Azure.AKS.MinUserPoolNodes"] },
  target: { kind: "agentPool" },
  check(pool, ctx) {
    if (isSystemPool(pool) !== false || isSpotPool(pool) !== false) return;
    const min = minNodes(pool);
    if (min === "unknown" || min.value >= USER_POOL_MIN_NODES) return;
    ctx.report({
      message: `User node pool "${pool.name}" can run with ${min.value} node(s); keep at least ${USER_POOL_MIN_NODES}.`,
      path: min.path,
    });
  },
});
