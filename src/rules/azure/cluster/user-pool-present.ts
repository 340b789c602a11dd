import { defineRule } from "../../types.js";
import { isSystemPool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

export const userPoolPresent = defineRule({
  id: "cluster/user-pool-present",
  title: "Workloads run on a user node pool, apart from system pods",
  severity: "medium",
  pillar: "reliability",
  level: "production",
  rationale:
    "With only a system pool, application pods compete with CoreDNS, metrics-server and konnectivity for the same nodes; a noisy workload can starve them and take the cluster's DNS down. A separate user pool isolates them and lets the system pool be tainted CriticalAddonsOnly.",
  remediation: {
    text: "Add at least one User mode node pool for workloads.",
    spec: "spec.nodePools: [{ name: apps, mode: User, ... }]",
    arm: 'Microsoft.ContainerService/managedClusters/agentPools with properties.mode: "User"',
    terraform: 'azurerm_kubernetes_cluster_node_pool { mode = "User" }',
  },
  sources: [SEED.clusterNodes, SEED.computeBase, LEARN.systemPools],
  equivalents: {},
  target: { kind: "cluster" },
  check(cluster, ctx) {
    if (cluster.agentPools.length === 0) return;
    const modes = cluster.agentPools.map(isSystemPool);
    if (modes.includes("unknown")) return;
    if (modes.some((system) => system === false)) return;
    ctx.report({
      message: `The cluster has no User node pool (${cluster.agentPools.length} pool(s), all System); workloads share nodes with system pods.`,
      path: ["properties", "agentPoolProfiles"],
    });
  },
});
