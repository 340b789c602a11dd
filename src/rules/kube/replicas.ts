/** How many pods a workload runs at least, taking a HorizontalPodAutoscaler's floor into account. */
import type { KubeObjectFact } from "../../audit/facts.js";
import type { KubeIndex } from "./index-cache.js";
import { getPath, numAt } from "./pod.js";

export const REPLICATED_KINDS: readonly string[] = [
  "Deployment",
  "StatefulSet",
  "ReplicaSet",
  "ReplicationController",
];

/**
 * The fewest replicas the workload runs: the lowest HPA `minReplicas` when an HPA targets it, else
 * `spec.replicas` (default 1). Undefined for DaemonSets (one per node) and kinds without replicas,
 * and when a replica count is not a number (an unevaluated template expression).
 */
export function minReplicas(fact: KubeObjectFact, index: KubeIndex): number | undefined {
  if (!REPLICATED_KINDS.includes(fact.kind)) return fact.kind === "Pod" ? 1 : undefined;
  const hpas = index.hpasFor(fact);
  if (hpas.length) {
    const mins = hpas.map((h) => getPath(h.object, ["spec", "minReplicas"]) ?? 1);
    if (mins.some((m) => numAt(m) === undefined)) return undefined;
    return Math.min(...(mins as number[]));
  }
  const r = getPath(fact.object, ["spec", "replicas"]);
  if (r === undefined) return 1;
  return numAt(r);
}

/** Resolves an int-or-percent value (`2`, `"50%"`) against a total, rounding up like the disruption controller. */
export function intOrPercent(v: unknown, total: number): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string") {
    const m = /^(\d+)%$/.exec(v.trim());
    if (m) return Math.ceil((Number(m[1]) / 100) * total);
    if (/^\d+$/.test(v.trim())) return Number(v);
  }
  return undefined;
}
