import { isSpotPool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { oneOf, poolFieldRule, show } from "../templates.js";

export const spotPoolUserMode = poolFieldRule({
  id: "nodepool/spot-pool-user-mode",
  title: "Spot pools are User pools",
  severity: "high",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "Spot nodes can be evicted at any moment with 30 seconds' notice; system pods (CoreDNS, konnectivity, metrics-server) must never depend on them. AKS accepts spot capacity only for User pools.",
  remediation: {
    text: "Make spot pools User pools and keep system pods on a regular-priority System pool.",
    spec: "spec.nodePools[]: { priority: Spot, mode: User }",
    arm: 'agentPoolProfiles[].mode: "User" with scaleSetPriority: "Spot"',
    terraform: 'azurerm_kubernetes_cluster_node_pool.mode = "User" with priority = "Spot"',
  },
  sources: [SEED.nodePools000, LEARN.spot],
  equivalents: {},
  applies: (pool) => isSpotPool(pool),
  path: ["mode"],
  expect: oneOf("User"),
  message: (v, pool) => `Spot node pool "${pool.name}" has mode ${show(v)}; spot pools must be User pools.`,
});
