/** Node pools as the nodes show them: AKS labels every node with `kubernetes.azure.com/agentpool`. */
import type { Node, Pod } from "./kube.js";
import { parseQuantity } from "../kube/quantity.js";

export const POOL_LABEL = "kubernetes.azure.com/agentpool";
export const ZONE_LABEL = "topology.kubernetes.io/zone";

export interface ObservedPool {
  name: string;
  nodes: Node[];
  vmSize: string | undefined;
  zones: string[];
  /** Taints as `key=value:Effect`, distinct. */
  taints: string[];
  maxAllocatable: { cpu: number; memory: number; pods: number };
}

export function poolOf(node: Node): string {
  const labels = node.metadata?.labels ?? {};
  return labels[POOL_LABEL] ?? labels.agentpool ?? "(no pool label)";
}

export function taintText(t: { key?: string; value?: string; effect?: string }): string {
  return `${t.key ?? ""}${t.value ? `=${t.value}` : ""}:${t.effect ?? ""}`;
}

/** Pools sorted by name. */
export function observedPools(nodes: Node[]): ObservedPool[] {
  const byPool = new Map<string, Node[]>();
  for (const n of nodes) {
    const p = poolOf(n);
    byPool.set(p, [...(byPool.get(p) ?? []), n]);
  }
  return [...byPool.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, list]) => ({
      name,
      nodes: list,
      vmSize: list[0]?.metadata?.labels?.["node.kubernetes.io/instance-type"],
      zones: [
        ...new Set(list.map((n) => n.metadata?.labels?.[ZONE_LABEL]).filter((z): z is string => !!z)),
      ].sort(),
      taints: [...new Set(list.flatMap((n) => (n.spec?.taints ?? []).map(taintText)))].sort(),
      maxAllocatable: {
        cpu: Math.max(0, ...list.map((n) => parseQuantity(n.status?.allocatable?.cpu) ?? 0)),
        memory: Math.max(0, ...list.map((n) => parseQuantity(n.status?.allocatable?.memory) ?? 0)),
        pods: Math.max(0, ...list.map((n) => parseQuantity(n.status?.allocatable?.pods) ?? 0)),
      },
    }));
}

/** What the pod asks the scheduler for: the sum of its containers, or its largest init container. */
export function podRequests(pod: Pod): { cpu: number; memory: number } {
  const sum = (key: "cpu" | "memory") =>
    (pod.spec?.containers ?? []).reduce((t, c) => t + (parseQuantity(c.resources?.requests?.[key]) ?? 0), 0);
  const init = (key: "cpu" | "memory") =>
    Math.max(
      0,
      ...(pod.spec?.initContainers ?? []).map((c) => parseQuantity(c.resources?.requests?.[key]) ?? 0),
    );
  return { cpu: Math.max(sum("cpu"), init("cpu")), memory: Math.max(sum("memory"), init("memory")) };
}

/** True when the pod tolerates every NoSchedule/NoExecute taint of the node. */
export function toleratesNode(pod: Pod, node: Node): boolean {
  const tolerations = pod.spec?.tolerations ?? [];
  return (node.spec?.taints ?? [])
    .filter((t) => t.effect === "NoSchedule" || t.effect === "NoExecute")
    .every((t) =>
      tolerations.some(
        (tol) =>
          (tol.key === undefined || tol.key === "" ? tol.operator === "Exists" : tol.key === t.key) &&
          (tol.operator === "Exists" || (tol.value ?? "") === (t.value ?? "")) &&
          (tol.effect === undefined || tol.effect === "" || tol.effect === t.effect),
      ),
    );
}
