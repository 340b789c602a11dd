import { asNumber } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule } from "../templates.js";

/** PSRule's and Checkov's threshold. */
export const MIN_MAX_PODS = 50;

export const maxPodsMinimum = poolFieldRule({
  id: "nodepool/max-pods-minimum",
  title: "Nodes accept at least 50 pods",
  severity: "low",
  pillar: "performance",
  level: "production",
  rationale:
    "AKS and add-on DaemonSets already take about ten pods on every node; a low maxPods (classic Azure CNI defaults to 30) leaves nodes with free CPU and memory that no pod can use, so the autoscaler adds nodes you pay for. maxPods can only be set when the pool is created.",
  remediation: {
    text: "Set maxPods to at least 50 (110 is a common value; CNI Overlay allows up to 250 without consuming VNet addresses).",
    spec: "spec.nodePoolDefaults.maxPods: 110",
    arm: "agentPoolProfiles[].maxPods: 110",
    terraform: "azurerm_kubernetes_cluster_node_pool.max_pods = 110",
  },
  sources: [SEED.computeBase, LEARN.maxPods],
  equivalents: { psrule: ["Azure.AKS.NodeMinPods"], checkov: ["CKV_AZURE_168"] },
  path: ["maxPods"],
  expect: (v) => {
    const n = asNumber(v);
    if (n === "unknown") return "unknown";
    return n === undefined || n >= MIN_MAX_PODS;
  },
  message: (v, pool) =>
    `Node pool "${pool.name}" allows only ${String(v)} pods per node; set maxPods to at least ${MIN_MAX_PODS}.`,
});
