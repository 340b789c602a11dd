import type { AgentPoolFact } from "../../../audit/facts.js";
import { azureUsable } from "../../../net/cidr.js";
import { defineRule } from "../../types.js";
import { get, maxNodes, maxPodsOf, networkMode, surgeNodes } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import type { SubnetInfo } from "../subnets.js";
import { resolveSubnet } from "../subnets.js";

interface Demand {
  subnet: SubnetInfo;
  first: { pool: AgentPoolFact; key: string };
  addresses: number;
  parts: string[];
}

export const subnetCapacity = defineRule({
  id: "network/subnet-capacity",
  title: "Node and pod subnets hold every pool at maximum scale plus upgrade surge",
  severity: "high",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "Azure reserves five addresses per subnet. Classic Azure CNI takes 1 + maxPods addresses per node from the node subnet (or maxPods from a pod subnet); CNI Overlay and kubenet take one per node. When the autoscaler or an upgrade's surge nodes need more than the subnet holds, scale-out fails with InsufficientSubnetSize (seed 004's story: maxPods 110 on a /22 was exhausted after nine nodes), and a subnet in use cannot be resized.",
  remediation: {
    text: "Give the pools a larger subnet, lower maxPods or maxCount, or move to CNI Overlay so that pods do not take VNet addresses.",
    spec: "spec.network.subnets.systemNodes / userNodes (or spec.network.plugin: azure-overlay)",
    arm: "Microsoft.Network/virtualNetworks/subnets properties.addressPrefix (a larger prefix)",
    terraform: "azurerm_subnet.address_prefixes = [<larger prefix>]",
  },
  sources: [SEED.planIps, SEED.nodeSubnet, SEED.scenario004, LEARN.maxPods],
  equivalents: { psrule: ["Azure.AKS.CNISubnetSize"] },
  target: { kind: "cluster" },
  check(cluster, ctx) {
    const mode = networkMode(cluster);
    if (mode === "unknown") return;
    const demands = new Map<string, Demand>();
    const add = (
      pool: AgentPoolFact,
      key: string,
      subnet: SubnetInfo,
      addresses: number,
      part: string,
    ): void => {
      const d = demands.get(subnet.name) ?? { subnet, first: { pool, key }, addresses: 0, parts: [] };
      d.addresses += addresses;
      d.parts.push(part);
      demands.set(subnet.name, d);
    };
    for (const pool of cluster.agentPools) {
      const nodeSubnet = resolveSubnet(get(pool.properties, ["vnetSubnetID"]), ctx.facts);
      const podSubnet = resolveSubnet(get(pool.properties, ["podSubnetID"]), ctx.facts);
      if (nodeSubnet === "unknown" || podSubnet === "unknown") return;
      const max = maxNodes(pool);
      const pods = maxPodsOf(pool, mode);
      if (max === "unknown" || pods === "unknown") return;
      const surge = surgeNodes(pool, max);
      if (surge === "unknown") return;
      const nodes = max + surge;
      const hasPodSubnet = get(pool.properties, ["podSubnetID"]) !== undefined;
      const perNode = mode === "classic" && !hasPodSubnet ? pods + 1 : 1;
      if (nodeSubnet) {
        add(
          pool,
          "vnetSubnetID",
          nodeSubnet,
          nodes * perNode,
          `${pool.name}: (${max} nodes + ${surge} surge) × ${perNode}`,
        );
      }
      if (mode === "classic" && hasPodSubnet && podSubnet) {
        add(pool, "podSubnetID", podSubnet, nodes * pods, `${pool.name} pods: ${nodes} nodes × ${pods}`);
      }
    }
    for (const d of [...demands.values()].sort((a, b) => a.subnet.name.localeCompare(b.subnet.name))) {
      const usable = azureUsable(d.subnet.cidr);
      if (d.addresses <= usable) continue;
      ctx.report({
        message: `Subnet "${d.subnet.name}" (${d.subnet.cidr.text}, ${usable} usable addresses) needs ${d.addresses} at maximum scale (${d.parts.join("; ")}).`,
        path: [d.first.key],
        subject: d.first.pool,
      });
    }
  },
});
