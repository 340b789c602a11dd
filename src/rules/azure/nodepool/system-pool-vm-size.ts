import { isSystemPool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule, show } from "../templates.js";

export const systemPoolVmSize = poolFieldRule({
  id: "nodepool/system-pool-vm-size",
  title: "System pools do not use burstable B-series VMs",
  severity: "medium",
  pillar: "reliability",
  level: "production",
  rationale:
    "B-series VMs earn CPU credits while idle and are throttled to a fraction of a core once credits run out; CoreDNS and the other system pods then slow down for the whole cluster exactly when load is high.",
  remediation: {
    text: "Use a general-purpose size (for example Standard_D4ds_v5) for the System pool.",
    spec: "spec.nodePools[]: { mode: System, vmSize: Standard_D4ds_v5 }",
    arm: 'agentPoolProfiles[].vmSize: "Standard_D4ds_v5"',
    terraform: 'azurerm_kubernetes_cluster.default_node_pool { vm_size = "Standard_D4ds_v5" }',
  },
  sources: [SEED.computeBase, LEARN.burstable, LEARN.systemPools],
  equivalents: {},
  applies: (pool) => isSystemPool(pool),
  path: ["vmSize"],
  expect: (v) => typeof v !== "string" || !/^Standard_B\d/i.test(v),
  message: (v, pool) =>
    `System node pool "${pool.name}" uses burstable size ${show(v)}; use a general-purpose size.`,
});
