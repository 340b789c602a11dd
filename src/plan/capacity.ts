/**
 * Network capacity at maximum scale (DESIGN.md "Plan"): addresses each node subnet needs for its pools'
 * max plus upgrade surge, and nodes the pod CIDR allows under CNI Overlay / kubenet.
 *
 * - Azure reserves 5 addresses in every subnet.
 * - Classic Azure CNI takes 1 + maxPods addresses per node from the node subnet
 *   (learn.microsoft.com/azure/aks/azure-cni-overview): maxPods 110 in a /22 (1019 usable) fits 9 nodes.
 * - CNI Overlay and kubenet take 1 address per node from the node subnet and give each node a /24 from
 *   the pod CIDR (learn.microsoft.com/azure/aks/azure-cni-overlay): a /16 pod CIDR holds 256 nodes.
 */
import { azureUsable, cidr, size } from "../net/cidr.js";
import { addressesPerNode } from "../model/network.js";
import type { ClusterModel, ResolvedNodePool } from "../model/types.js";

export interface SubnetCapacity {
  key: string;
  name: string;
  cidr: string;
  /** Addresses Azure leaves usable (size − 5). */
  usable: number;
  /** Addresses needed at max scale including surge; 0 for subnets that hold no nodes. */
  needed: number;
  pools: { name: string; max: number; surge: number; addressesPerNode: number; addresses: number }[];
  /** Most nodes the subnet can hold at the pools' address cost per node (for node subnets). */
  maxNodes?: number;
}

export interface PodCidrCapacity {
  cidr: string;
  /** Nodes the pod CIDR can serve (one /24 each); undefined for classic Azure CNI (pods use the node subnet). */
  maxNodes?: number;
  nodesNeeded: number;
  /** Pods the whole cluster can run at max nodes. */
  maxPods: number;
}

export interface CapacityReport {
  subnets: SubnetCapacity[];
  podCidr: PodCidrCapacity;
  maxNodes: number;
  surgeNodes: number;
}

/** Nodes that fit in a /24-per-node pod CIDR. */
export function overlayNodesForPodCidr(podCidr: string): number {
  const c = cidr(podCidr);
  return c.prefix > 24 ? 0 : size(c) / 256;
}

/** Nodes that fit in a node subnet when each takes `perNode` addresses. */
export function nodesForSubnet(subnetCidr: string, perNode: number): number {
  return Math.floor(azureUsable(cidr(subnetCidr)) / perNode);
}

export function computeCapacity(model: ClusterModel): CapacityReport {
  const plugin = model.settings.network.plugin;
  const subnets: SubnetCapacity[] = model.network.spokeSubnets.map((s) => {
    const pools = model.nodePools.filter((p) => p.subnet === s.key);
    const poolRows = pools.map((p: ResolvedNodePool) => {
      const per = addressesPerNode(plugin, p.maxPods);
      return {
        name: p.name,
        max: p.max,
        surge: p.surgeNodes,
        addressesPerNode: per,
        addresses: (p.max + p.surgeNodes) * per,
      };
    });
    const needed = poolRows.reduce((n, r) => n + r.addresses, 0);
    const per = poolRows.length > 0 ? Math.max(...poolRows.map((r) => r.addressesPerNode)) : undefined;
    return {
      key: s.key,
      name: s.name,
      cidr: s.cidr,
      usable: azureUsable(cidr(s.cidr)),
      needed,
      pools: poolRows,
      ...(per !== undefined ? { maxNodes: nodesForSubnet(s.cidr, per) } : {}),
    };
  });
  const maxNodes = model.nodePools.reduce((n, p) => n + p.max, 0);
  const surge = model.nodePools.reduce((n, p) => n + p.surgeNodes, 0);
  const podCidr: PodCidrCapacity =
    plugin === "azure"
      ? {
          cidr: model.settings.network.podCidr,
          nodesNeeded: maxNodes + surge,
          maxPods: model.nodePools.reduce((n, p) => n + p.max * p.maxPods, 0),
        }
      : {
          cidr: model.settings.network.podCidr,
          maxNodes: overlayNodesForPodCidr(model.settings.network.podCidr),
          nodesNeeded: maxNodes + surge,
          maxPods: model.nodePools.reduce((n, p) => n + p.max * p.maxPods, 0),
        };
  return { subnets, podCidr, maxNodes, surgeNodes: surge };
}
