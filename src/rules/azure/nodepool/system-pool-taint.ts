import { hasTaint, isSystemPool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule } from "../templates.js";

export const systemPoolTaint = poolFieldRule({
  id: "nodepool/system-pool-taint",
  title: "System pools only run critical add-ons",
  severity: "medium",
  pillar: "reliability",
  level: "production",
  rationale:
    "An untainted System pool also schedules application pods, which then compete with CoreDNS and the other system pods. The CriticalAddonsOnly=true:NoSchedule taint keeps application pods on User pools.",
  remediation: {
    text: "Taint the System pool with CriticalAddonsOnly=true:NoSchedule and run workloads on User pools.",
    arm: 'agentPoolProfiles[].nodeTaints: ["CriticalAddonsOnly=true:NoSchedule"]',
    terraform: "azurerm_kubernetes_cluster.default_node_pool { only_critical_addons_enabled = true }",
  },
  sources: [SEED.clusterNodes, LEARN.systemPools],
  equivalents: { checkov: ["CKV_AZURE_232"] },
  applies: (pool) => isSystemPool(pool),
  path: ["nodeTaints"],
  expect: (v) => hasTaint(v, "CriticalAddonsOnly", "true", "NoSchedule"),
  message: (_v, pool) =>
    `System node pool "${pool.name}" is not tainted CriticalAddonsOnly=true:NoSchedule; application pods may land on it.`,
});
