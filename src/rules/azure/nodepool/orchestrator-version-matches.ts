import { isUnknown } from "../../../audit/facts.js";
import { clusterOf, get } from "../lookup.js";
import { minorOf } from "../aks-versions.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule, show } from "../templates.js";

export const orchestratorVersionMatches = poolFieldRule({
  id: "nodepool/orchestrator-version-matches",
  title: "Node pools run the control plane's minor version",
  severity: "low",
  pillar: "operations",
  level: "production",
  rationale:
    "A pool left on an older minor version after a control plane upgrade drifts towards the version skew limit and end of support, and must be upgraded before the next control plane upgrade is allowed.",
  remediation: {
    text: "Upgrade the pool to the control plane's minor version (or leave orchestratorVersion unset to follow it).",
    spec: "spec.kubernetesVersion",
    arm: "agentPoolProfiles[].orchestratorVersion: <properties.kubernetesVersion>",
    terraform:
      "azurerm_kubernetes_cluster_node_pool.orchestrator_version = azurerm_kubernetes_cluster.<name>.kubernetes_version",
  },
  sources: [SEED.updates, SEED.nodeUpgrades, LEARN.versions],
  equivalents: { psrule: ["Azure.AKS.PoolVersion"] },
  path: ["orchestratorVersion"],
  expect: (v, pool, ctx) => {
    if (v === undefined || v === null || v === "") return true;
    const cluster = clusterOf(pool, ctx.facts);
    const control = cluster ? get(cluster.resource, ["properties", "kubernetesVersion"]) : undefined;
    if (isUnknown(control)) return "unknown";
    if (typeof v !== "string" || typeof control !== "string") return true;
    const a = minorOf(v);
    const b = minorOf(control);
    return a === undefined || b === undefined || a === b;
  },
  message: (v, pool) =>
    `Node pool "${pool.name}" runs Kubernetes ${show(v)}, a different minor version from the control plane.`,
});
