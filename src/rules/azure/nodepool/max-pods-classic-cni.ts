import { asNumber, clusterOf, networkMode } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule } from "../templates.js";

/** Above this, classic Azure CNI reserves more VNet addresses per node than most workloads use. */
export const CLASSIC_CNI_MAX_PODS = 110;

export const maxPodsClassicCni = poolFieldRule({
  id: "nodepool/max-pods-classic-cni",
  title: "Classic Azure CNI pools do not reserve huge pod address blocks",
  severity: "low",
  pillar: "performance",
  level: "production",
  rationale:
    "Classic Azure CNI reserves maxPods + 1 VNet addresses per node when the node starts, used or not: 250 pods per node on a /22 subnet leaves room for only four nodes. Keep maxPods near what nodes really run, or move to CNI Overlay.",
  remediation: {
    text: "Lower maxPods to what the VM size can really run (30–110), or switch the cluster to CNI Overlay.",
    spec: "spec.network.plugin: azure-overlay",
    arm: "agentPoolProfiles[].maxPods: 110",
    terraform: "azurerm_kubernetes_cluster_node_pool.max_pods = 110",
  },
  sources: [SEED.planIps, SEED.scenario004, LEARN.maxPods],
  equivalents: {},
  applies: (pool, ctx) => {
    const cluster = clusterOf(pool, ctx.facts);
    if (!cluster) return false;
    const mode = networkMode(cluster);
    return mode === "unknown" ? "unknown" : mode === "classic";
  },
  path: ["maxPods"],
  expect: (v) => {
    const n = asNumber(v);
    if (n === "unknown") return "unknown";
    return n === undefined || n <= CLASSIC_CNI_MAX_PODS;
  },
  message: (v, pool) =>
    `Node pool "${pool.name}" reserves ${String(Number(v) + 1)} VNet addresses per node with classic Azure CNI (maxPods ${String(v)}); keep maxPods at ${CLASSIC_CNI_MAX_PODS} or less or use CNI Overlay.`,
});
