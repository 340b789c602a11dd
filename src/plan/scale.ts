/**
 * Capacity of one environment in the terms a reader checks: each pool's node range, surge, pod density
 * and address cost per node; the node count the network allows for the chosen plugin; and the pods the
 * cluster can run at max scale against what the workloads ask for.
 */
import type { ClusterModel } from "../model/types.js";
import type { CapacityReport } from "./capacity.js";

/** Pods every node runs for AKS itself (CNI/Cilium, CSI drivers, monitoring agents, secrets provider). */
export const DAEMON_PODS_PER_NODE = 10;
/** Most nodes AKS allows in one cluster (learn.microsoft.com/azure/aks/quotas-skus-regions). */
export const AKS_MAX_NODES_PER_CLUSTER = 5000;

export interface PoolScale {
  name: string;
  mode: "System" | "User";
  vmSize: string;
  priority: "Regular" | "Spot";
  min: number;
  max: number;
  surge: number;
  maxPods: number;
  /** VNet addresses each node takes from its subnet. */
  addressesPerNode: number;
  subnet: string;
  /** Pods for workloads at max nodes: max × (maxPods − daemon pods); 0 for System pools (tainted). */
  workloadPodSlots: number;
}

export interface ScaleSummary {
  plugin: string;
  pools: PoolScale[];
  nodes: { min: number; max: number; surge: number; peak: number };
  /** Most nodes the network allows: node subnets, and the pod CIDR under overlay/kubenet. */
  networkNodeLimit: number;
  /** What sets networkNodeLimit, in words. */
  networkLimitBy: string;
  pods: {
    maxPerCluster: number;
    workloadSlots: number;
    workloadReplicasMin: number;
    workloadReplicasMax: number;
  };
}

export function scaleSummary(model: ClusterModel, cap: CapacityReport): ScaleSummary {
  const plugin = model.settings.network.plugin;
  const pools: PoolScale[] = model.nodePools.map((p) => {
    const sub = cap.subnets.find((s) => s.key === p.subnet);
    const row = sub?.pools.find((r) => r.name === p.name);
    return {
      name: p.name,
      mode: p.mode,
      vmSize: p.vmSize,
      priority: p.priority,
      min: p.min,
      max: p.max,
      surge: p.surgeNodes,
      maxPods: p.maxPods,
      addressesPerNode: row?.addressesPerNode ?? 1,
      subnet: sub?.name ?? p.subnet,
      workloadPodSlots: p.mode === "System" ? 0 : p.max * Math.max(0, p.maxPods - DAEMON_PODS_PER_NODE),
    };
  });
  const min = pools.reduce((n, p) => n + p.min, 0);
  const limits: { n: number; by: string }[] = [];
  const nodeSubnets = cap.subnets.filter((s) => s.pools.length > 0);
  if (nodeSubnets.length > 0)
    limits.push({
      n: nodeSubnets.reduce((n, s) => n + (s.maxNodes ?? 0), 0),
      by: nodeSubnets.map((s) => `${s.name} ${s.cidr} holds ${s.maxNodes ?? 0}`).join(", "),
    });
  if (cap.podCidr.maxNodes !== undefined)
    limits.push({
      n: cap.podCidr.maxNodes,
      by: `pod CIDR ${cap.podCidr.cidr} holds ${cap.podCidr.maxNodes} at a /24 per node`,
    });
  limits.push({
    n: AKS_MAX_NODES_PER_CLUSTER,
    by: `AKS limit of ${AKS_MAX_NODES_PER_CLUSTER} nodes per cluster`,
  });
  const limit = limits.reduce((a, b) => (b.n < a.n ? b : a));
  return {
    plugin,
    pools,
    nodes: { min, max: cap.maxNodes, surge: cap.surgeNodes, peak: cap.maxNodes + cap.surgeNodes },
    networkNodeLimit: limit.n,
    networkLimitBy: limit.by,
    pods: {
      maxPerCluster: cap.podCidr.maxPods,
      workloadSlots: pools.reduce((n, p) => n + p.workloadPodSlots, 0),
      workloadReplicasMin: model.workloads.reduce((n, w) => n + w.replicas.min, 0),
      workloadReplicasMax: model.workloads.reduce((n, w) => n + w.replicas.max, 0),
    },
  };
}
