import { defineRule } from "../../types.js";
import { isSystemPool, minNodes } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

export const SYSTEM_POOL_MIN_NODES = 3;

export const systemPoolMinCount = defineRule({
  id: "nodepool/system-pool-min-count",
  title: "System pools keep at least three nodes",
  severity: "medium",
  pillar: "reliability",
  level: "production",
  rationale:
    "CoreDNS, konnectivity and metrics-server run on the System pool; with fewer than three nodes, one node failure or upgrade drain leaves them without spare capacity (and without one node per zone). The AKS baseline recommends three system nodes.",
  remediation: {
    text: "Run the System pool with at least three nodes (minCount 3 with the autoscaler), one per zone.",
    spec: "spec.nodePools[]: { mode: System, min: 3 }",
    arm: "agentPoolProfiles[].minCount: 3 (or count: 3 without the autoscaler)",
    terraform: "azurerm_kubernetes_cluster.default_node_pool { min_count = 3 }",
  },
  sources: [SEED.clusterNodes, LEARN.systemPools],
  equivalents: { psrule: ["Azure.AKS.MinNodeCount"] },
  target: { kind: "agentPool" },
  check(pool, ctx) {
    if (isSystemPool(pool) !== true) return;
    const min = minNodes(pool);
    if (min === "unknown" || min.value >= SYSTEM_POOL_MIN_NODES) return;
    ctx.report({
      message: `System node pool "${pool.name}" can run with ${min.value} node(s); keep at least ${SYSTEM_POOL_MIN_NODES}.`,
      path: min.path,
    });
  },
});
