import { isUnknown } from "../../../audit/facts.js";
import { parseCidr } from "../../../net/cidr.js";
import { defineRule } from "../../types.js";
import { lookup, maxNodes, networkMode, surgeNodes } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

/** AKS's pod CIDR when none is given (CNI Overlay and kubenet). */
export const DEFAULT_POD_CIDR = "10.244.0.0/16";

export const podCidrCapacity = defineRule({
  id: "network/pod-cidr-capacity",
  title: "The pod CIDR has a /24 for every node at maximum scale",
  severity: "high",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "CNI Overlay and kubenet give every node a /24 from the pod CIDR, so a /16 holds at most 256 nodes, a /20 only 16. Surge nodes during upgrades need blocks too; when the CIDR runs out, new nodes fail to join.",
  remediation: {
    text: "Use a pod CIDR with enough /24 blocks for every pool's maximum plus surge (a /16 gives 256).",
    spec: "spec.network.podCidr: 10.244.0.0/16",
    arm: 'properties.networkProfile.podCidr: "10.244.0.0/16"',
    terraform: 'azurerm_kubernetes_cluster.network_profile { pod_cidr = "10.244.0.0/16" }',
  },
  sources: [SEED.podIps, SEED.overlay004, LEARN.overlay],
  equivalents: {},
  target: { kind: "cluster" },
  check(cluster, ctx) {
    const mode = networkMode(cluster);
    if (mode !== "overlay" && mode !== "kubenet") return;
    const found = lookup(cluster.resource, ["properties", "networkProfile", "podCidr"]);
    if (found.unknown) return;
    const text = typeof found.value === "string" ? found.value : DEFAULT_POD_CIDR;
    const parsed = parseCidr(text);
    if (!parsed.ok) return;
    const blocks = parsed.cidr.prefix > 24 ? 0 : 2 ** (24 - parsed.cidr.prefix);
    let nodes = 0;
    for (const pool of cluster.agentPools) {
      const max = maxNodes(pool);
      if (max === "unknown" || isUnknown(pool.properties.upgradeSettings)) return;
      const surge = surgeNodes(pool, max);
      if (surge === "unknown") return;
      nodes += max + surge;
    }
    if (nodes <= blocks) return;
    ctx.report({
      message: `Pod CIDR ${parsed.cidr.text}${found.value === undefined ? " (the default)" : ""} has ${blocks} /24 block(s) but the pools can reach ${nodes} nodes with upgrade surge.`,
      path: found.path,
    });
  },
});
