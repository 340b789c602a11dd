/**
 * HorizontalPodAutoscaler (autoscaling/v2) when the replica count may vary, and a PodDisruptionBudget
 * that never blocks a node drain: `maxUnavailable` ≥ 1, only for workloads with more than one replica,
 * and unhealthy pods always evictable (kubernetes.io/docs/tasks/run-application/configure-pdb,
 * `unhealthyPodEvictionPolicy: AlwaysAllow`).
 */
import type { IHorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import type { IPodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import { selectorLabels, workloadLabels } from "../labels.js";
import { hasAutoscaler } from "./deployment.js";

export function hpaMetrics(
  w: ResolvedWorkload,
): NonNullable<NonNullable<IHorizontalPodAutoscaler["spec"]>["metrics"]> {
  const target = (name: "cpu" | "memory", averageUtilization: number) => ({
    type: "Resource",
    resource: { name, target: { type: "Utilization", averageUtilization } },
  });
  return [
    target("cpu", w.replicas.cpuTarget),
    ...(w.replicas.memoryTarget !== undefined ? [target("memory", w.replicas.memoryTarget)] : []),
  ];
}

export function horizontalPodAutoscaler(
  model: ClusterModel,
  w: ResolvedWorkload,
): IHorizontalPodAutoscaler | undefined {
  if (!hasAutoscaler(w)) return undefined;
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: {
      name: w.name,
      namespace: w.namespace,
      labels: workloadLabels(model, w),
      // The spec chose a single minimum replica for this environment of a production-grade platform: the
      // audit accepts it with the reason instead of failing the generated output (docs/audit.md).
      ...(w.replicas.min < 2 && model.preset !== "dev"
        ? {
            annotations: {
              "akskit.dev/ignore": "workload/hpa-min-replicas",
              "akskit.dev/ignore-reason": `The spec sets replicas.min to ${w.replicas.min} for environment ${model.environment}.`,
            },
          }
        : {}),
    },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: w.name },
      minReplicas: Math.max(1, w.replicas.min),
      maxReplicas: w.replicas.max,
      metrics: hpaMetrics(w),
    },
  };
}

export function podDisruptionBudget(
  model: ClusterModel,
  w: ResolvedWorkload,
): IPodDisruptionBudget | undefined {
  if (!w.pdb || w.replicas.min <= 1) return undefined;
  const maxUnavailable =
    typeof w.pdb.maxUnavailable === "number" ? Math.max(1, w.pdb.maxUnavailable) : w.pdb.maxUnavailable;
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: { name: w.name, namespace: w.namespace, labels: workloadLabels(model, w) },
    spec: {
      maxUnavailable,
      selector: { matchLabels: selectorLabels(w) },
      unhealthyPodEvictionPolicy: "AlwaysAllow",
    },
  };
}
