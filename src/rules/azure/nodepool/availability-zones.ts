import { isUnknown } from "../../../audit/facts.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule } from "../templates.js";

export const availabilityZones = poolFieldRule({
  id: "nodepool/availability-zones",
  title: "The pool spreads across availability zones",
  severity: "medium",
  pillar: "reliability",
  level: "production",
  rationale:
    "Nodes in one zone (or with no zone) go down together when that datacenter fails. Spreading a pool over two or three zones keeps workloads with zone topology spread running, and zones can only be chosen when the pool is created.",
  remediation: {
    text: "Create the pool across zones 1, 2 and 3 (in a region that has them).",
    spec: 'spec.nodePools[].zones: ["1", "2", "3"]',
    arm: 'agentPoolProfiles[].availabilityZones: ["1", "2", "3"]',
    terraform: 'azurerm_kubernetes_cluster_node_pool.zones = ["1", "2", "3"]',
  },
  sources: [SEED.zones, LEARN.zones],
  equivalents: { psrule: ["Azure.AKS.AvailabilityZone"] },
  path: ["availabilityZones"],
  expect: (v) => {
    if (!Array.isArray(v)) return false;
    if (v.some(isUnknown)) return "unknown";
    return new Set(v.map(String)).size >= 2;
  },
  message: (v, pool) =>
    Array.isArray(v) && v.length === 1
      ? `Node pool "${pool.name}" uses a single zone; spread it over at least two.`
      : `Node pool "${pool.name}" uses no availability zones; spread it over at least two.`,
});
