/**
 * PriorityClasses for the workloads (kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption):
 * under node pressure or a full cluster, platform components and system pods (system-cluster-critical,
 * system-node-critical) come first, then the applications, then interruptible work on spot pools,
 * which never preempts anything.
 */
import type { IPriorityClass } from "kubernetes-models/scheduling.k8s.io/v1/PriorityClass";
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import { platformLabels } from "../labels.js";

export const PRIORITY_CLASSES = {
  apps: { name: "platform-apps", value: 100000 },
  batch: { name: "platform-batch", value: 1000 },
} as const;

/** The class a workload runs at: batch on spot pools, apps everywhere else. */
export function priorityClassName(model: ClusterModel, w: ResolvedWorkload): string {
  const pool = model.nodePools.find((p) => p.name === w.nodePool);
  return pool?.priority === "Spot" ? PRIORITY_CLASSES.batch.name : PRIORITY_CLASSES.apps.name;
}

export function priorityClasses(model: ClusterModel): IPriorityClass[] {
  if (model.workloads.length === 0) return [];
  const used = new Set(model.workloads.map((w) => priorityClassName(model, w)));
  const out: IPriorityClass[] = [];
  if (used.has(PRIORITY_CLASSES.apps.name))
    out.push({
      apiVersion: "scheduling.k8s.io/v1",
      kind: "PriorityClass",
      metadata: { name: PRIORITY_CLASSES.apps.name, labels: platformLabels(model) },
      value: PRIORITY_CLASSES.apps.value,
      globalDefault: false,
      preemptionPolicy: "PreemptLowerPriority",
      description: "Application workloads of the platform.",
    });
  if (used.has(PRIORITY_CLASSES.batch.name))
    out.push({
      apiVersion: "scheduling.k8s.io/v1",
      kind: "PriorityClass",
      metadata: { name: PRIORITY_CLASSES.batch.name, labels: platformLabels(model) },
      value: PRIORITY_CLASSES.batch.value,
      globalDefault: false,
      preemptionPolicy: "Never",
      description: "Interruptible workloads on spot node pools; never preempts other pods.",
    });
  return out;
}
