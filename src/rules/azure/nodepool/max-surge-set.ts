import { isUnknown } from "../../../audit/facts.js";
import { get, isSpotPool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule, show } from "../templates.js";

export const maxSurgeSet = poolFieldRule({
  id: "nodepool/max-surge-set",
  title: "Upgrades surge extra nodes (maxSurge set)",
  severity: "low",
  pillar: "reliability",
  level: "production",
  rationale:
    "During an upgrade AKS adds maxSurge new nodes before draining old ones. Without an explicit value the pool upgrades with AKS's default (one node, or 10% on newer pools), which is slow on large pools; 33% is the baseline's starting point. A surge of 0 is accepted only with maxUnavailable, which upgrades in place when quota or addresses are short.",
  remediation: {
    text: 'Set upgradeSettings.maxSurge, for example "33%" (or a node count such as "1" for small pools).',
    spec: 'spec.upgrades.maxSurge: "33%"',
    arm: 'agentPoolProfiles[].upgradeSettings.maxSurge: "33%"',
    terraform: 'azurerm_kubernetes_cluster_node_pool.upgrade_settings { max_surge = "33%" }',
  },
  sources: [SEED.nodeUpgrades, SEED.opsChecklist002, LEARN.upgradeSettings],
  equivalents: {},
  applies: (pool) => {
    const spot = isSpotPool(pool);
    return spot === "unknown" ? "unknown" : !spot;
  },
  path: ["upgradeSettings", "maxSurge"],
  expect: (v, pool) => {
    const positive = (x: unknown): boolean =>
      (typeof x === "number" && x > 0) || (typeof x === "string" && /^[1-9]\d*%?$/.test(x.trim()));
    if (positive(v)) return true;
    // maxSurge 0 with maxUnavailable > 0 upgrades in place, for pools short of quota or addresses.
    const unavailable = get(pool.properties, ["upgradeSettings", "maxUnavailable"]);
    if (isUnknown(unavailable)) return "unknown";
    return (v === "0" || v === 0) && positive(unavailable);
  },
  message: (v, pool) =>
    `Node pool "${pool.name}" has upgradeSettings.maxSurge ${show(v)}; set it, for example to "33%".`,
});
