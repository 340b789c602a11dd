/**
 * Capacity problems of one environment, each with the numbers that prove it (seed 004's story: classic
 * CNI with maxPods 110 exhausted a /22 node subnet after 9 nodes, well before the autoscaler's max).
 *
 * - subnet-too-small (error): a node subnet cannot hold its pools at max + surge.
 * - pod-cidr-too-small (error): under CNI Overlay / kubenet the pod CIDR's /24s run out first.
 * - subnet-nearly-full (warning): a subnet is over 80% used at max + surge.
 * - pod-slots-exhausted (error): the workloads' max replicas do not fit the pods the User pools can run.
 * - cpu-requests-exceed-pools (warning): the workloads' CPU requests at max replicas exceed the User pools' vCPUs.
 */
import type { ClusterModel } from "../model/types.js";
import { quantityValue } from "../spec/validate.js";
import type { CapacityReport } from "./capacity.js";
import type { IpPlan } from "./ipam.js";
import { DAEMON_PODS_PER_NODE, type ScaleSummary } from "./scale.js";
import { vcpus } from "./vm-size.js";

export type ProblemCode =
  | "subnet-too-small"
  | "pod-cidr-too-small"
  | "subnet-nearly-full"
  | "pod-slots-exhausted"
  | "cpu-requests-exceed-pools";

export interface Problem {
  severity: "error" | "warning";
  code: ProblemCode;
  environment: string;
  message: string;
  hint: string;
  /** The setting to change (dotted spec path). */
  setting: string;
}

/** Share of usable addresses above which a subnet is reported as nearly full. */
export const NEARLY_FULL_PERCENT = 80;
/** Share of a node's vCPUs left for pods after the kubelet and system reservations (approximation). */
export const ALLOCATABLE_CPU_SHARE = 0.9;

export function findProblems(
  model: ClusterModel,
  cap: CapacityReport,
  ip: IpPlan,
  scale: ScaleSummary,
): Problem[] {
  const out: Problem[] = [];
  const env = model.environment;
  const net = model.settings.network;
  const add = (p: Omit<Problem, "environment">) => out.push({ ...p, environment: env });

  for (const sub of cap.subnets) {
    if (sub.pools.length === 0) continue;
    const setting = sub.key in net.subnets ? `network.subnets.${sub.key}` : "network.spokeAddressSpace";
    const nodes = sub.pools.reduce((n, p) => n + p.max + p.surge, 0);
    if (sub.needed > sub.usable) {
      const per = Math.max(...sub.pools.map((p) => p.addressesPerNode));
      const perText =
        net.plugin === "azure"
          ? `classic Azure CNI: 1 + maxPods ${per - 1} = ${per} addresses per node`
          : `${per} address per node`;
      const detail = sub.pools.map((p) => `${p.name} ${p.max} max + ${p.surge} surge`).join(", ");
      add({
        severity: "error",
        code: "subnet-too-small",
        message:
          `subnet ${sub.name} ${sub.cidr} has ${sub.usable} usable addresses; ${perText}, so it holds ` +
          `${sub.maxNodes ?? 0} nodes, but its pools reach ${nodes} nodes (${detail}) needing ${sub.needed} addresses`,
        hint:
          net.plugin === "azure"
            ? "Use network.plugin azure-overlay (1 address per node), lower maxPods, or give a larger subnet."
            : "Give a larger subnet or lower the pools' max.",
        setting,
      });
    }
  }
  if (cap.podCidr.maxNodes !== undefined && cap.podCidr.nodesNeeded > cap.podCidr.maxNodes)
    add({
      severity: "error",
      code: "pod-cidr-too-small",
      message:
        `pod CIDR ${cap.podCidr.cidr} gives each node a /24 and holds ${cap.podCidr.maxNodes} nodes, ` +
        `but the pools reach ${cap.podCidr.nodesNeeded} nodes at max + surge (${cap.maxNodes} + ${cap.surgeNodes})`,
      hint: "Use a larger network.podCidr (a /16 holds 256 nodes, a /15 512).",
      setting: "network.podCidr",
    });
  for (const r of ip.subnets) {
    if (r.needed === null || r.percentUsed === null) continue;
    if (r.needed <= r.usable && r.percentUsed > NEARLY_FULL_PERCENT)
      add({
        severity: "warning",
        code: "subnet-nearly-full",
        message: `subnet ${r.name} ${r.cidr} is ${r.percentUsed}% used at max scale + surge (${r.needed} of ${r.usable} usable addresses, ${r.free} left)`,
        hint:
          r.key in net.subnets
            ? "Give the subnet a larger range before the pools grow."
            : `akskit sized it to fit max + surge; set network.subnets.${r.key} to a larger range for headroom.`,
        setting: r.key in net.subnets ? `network.subnets.${r.key}` : "network.spokeAddressSpace",
      });
  }

  // Pods: workloads run on User pools (System pools are tainted CriticalAddonsOnly).
  const userPools = scale.pools.filter((p) => p.mode === "User");
  const pinned = new Map<string, number>();
  let floating = 0;
  for (const w of model.workloads) {
    if (w.nodePool) pinned.set(w.nodePool, (pinned.get(w.nodePool) ?? 0) + w.replicas.max);
    else floating += w.replicas.max;
  }
  for (const [pool, replicas] of [...pinned].sort(([a], [b]) => a.localeCompare(b))) {
    const p = userPools.find((x) => x.name === pool);
    if (p && replicas > p.workloadPodSlots)
      add({
        severity: "error",
        code: "pod-slots-exhausted",
        message:
          `workloads pinned to pool ${pool} reach ${replicas} replicas, but ${p.max} nodes × ` +
          `(${p.maxPods} maxPods − ${DAEMON_PODS_PER_NODE} system pods) = ${p.workloadPodSlots} pod slots`,
        hint: `Raise nodePools ${pool} max or maxPods, or lower the workloads' replicas.max.`,
        setting: `nodePools.${pool}.max`,
      });
  }
  const totalReplicas = floating + [...pinned.values()].reduce((a, b) => a + b, 0);
  if (model.workloads.length > 0 && totalReplicas > scale.pods.workloadSlots)
    add({
      severity: "error",
      code: "pod-slots-exhausted",
      message:
        `workloads reach ${totalReplicas} replicas at max, but the User pools run ${scale.pods.workloadSlots} pods ` +
        `(${userPools.map((p) => `${p.name} ${p.max} × (${p.maxPods} − ${DAEMON_PODS_PER_NODE})`).join(" + ") || "no User pools"})`,
      hint: "Add a User pool or raise the User pools' max or maxPods.",
      setting: "nodePools",
    });

  const poolCpu = userPools.reduce((n, p) => n + p.max * (vcpus(p.vmSize) ?? 0), 0);
  const requested = model.workloads.reduce((n, w) => n + w.replicas.max * quantityValue(w.resources.cpu), 0);
  const allocatable = Math.round(poolCpu * ALLOCATABLE_CPU_SHARE * 100) / 100;
  if (model.workloads.length > 0 && requested > allocatable)
    add({
      severity: "warning",
      code: "cpu-requests-exceed-pools",
      message:
        `workloads request ${round2(requested)} CPU at max replicas, but the User pools have ${poolCpu} vCPUs at max ` +
        `(${allocatable} allocatable at ${ALLOCATABLE_CPU_SHARE * 100}%)`,
      hint: "Raise the User pools' max or VM size, or lower requests or replicas.max.",
      setting: "nodePools",
    });
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
