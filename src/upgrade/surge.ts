/**
 * Surge arithmetic: how many extra nodes a node pool upgrade creates, and how many subnet addresses they take.
 * AKS: maxSurge is a node count or a percentage of the pool's node count at upgrade time, fractions rounded up;
 * when unset the AKS default is 10% (Az.Aks / AKS upgrade docs). Classic Azure CNI takes 1 + maxPods addresses per
 * node from the node subnet; CNI Overlay, kubenet and bring-your-own CNI take 1 (DESIGN.md "Plan"; seed 003).
 */
import type { AksCluster, AksPool } from "./cluster.js";

export const DEFAULT_MAX_SURGE = "10%";

export interface SurgeInfo {
  /** The maxSurge the computation used, and whether it is the pool's own setting. */
  maxSurge: string;
  configured: boolean;
  /** Extra nodes at the pool's current count. */
  nodes: number;
  /** Extra nodes if the autoscaler has taken the pool to its maximum when the upgrade starts. */
  nodesAtMax: number;
  addressesPerNode: number;
  addresses: number;
  addressesAtMax: number;
}

/** Surge nodes for a pool of `count` nodes; undefined when maxSurge is not a count or a percentage. */
export function surgeNodes(maxSurge: string, count: number): number | undefined {
  const text = maxSurge.trim();
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (pct) return Math.max(count > 0 ? 1 : 0, Math.ceil((Number(pct[1]) * count) / 100 - 1e-9));
  if (/^\d+$/.test(text)) return Number(text);
  return undefined;
}

/** True for classic Azure CNI, where every pod takes an address from the node subnet. */
export function isClassicAzureCni(cluster: AksCluster): boolean {
  return cluster.networkPlugin === "azure" && cluster.networkPluginMode !== "overlay";
}

export function addressesPerNode(cluster: AksCluster, pool: AksPool): number {
  return isClassicAzureCni(cluster) ? 1 + pool.maxPods : 1;
}

export function poolSurge(cluster: AksCluster, pool: AksPool): SurgeInfo {
  const maxSurge = pool.maxSurge ?? DEFAULT_MAX_SURGE;
  const nodes = surgeNodes(maxSurge, pool.count) ?? 1;
  const nodesAtMax = surgeNodes(maxSurge, Math.max(pool.count, pool.maxCount ?? pool.count)) ?? 1;
  const per = addressesPerNode(cluster, pool);
  return {
    maxSurge,
    configured: pool.maxSurge !== undefined,
    nodes,
    nodesAtMax,
    addressesPerNode: per,
    addresses: nodes * per,
    addressesAtMax: nodesAtMax * per,
  };
}
