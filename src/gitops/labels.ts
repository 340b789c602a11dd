/** Standard labels (kubernetes.io/docs/concepts/overview/working-with-objects/common-labels). */
import type { ClusterModel, ResolvedWorkload } from "../model/types.js";

/** The selector labels of a workload: stable across releases, so only the name. */
export function selectorLabels(w: ResolvedWorkload): Record<string, string> {
  return { "app.kubernetes.io/name": w.name };
}

/**
 * Labels on every object of a workload and on its pods: name, part-of (the platform), team, and the
 * labels `policy.requiredLabels` asks for that akskit can fill (from the namespace's labels, the
 * platform's owner and cost center). `environment` is added by each environment's overlay.
 */
export function workloadLabels(model: ClusterModel, w: ResolvedWorkload): Record<string, string> {
  const ns = model.namespaces.find((n) => n.name === w.namespace);
  const base: Record<string, string> = {
    "app.kubernetes.io/name": w.name,
    "app.kubernetes.io/part-of": model.platform.name,
    team: w.team,
  };
  const known: Record<string, string | undefined> = {
    app: w.name,
    owner: model.platform.owner ?? w.team,
    costCenter: model.platform.costCenter,
    "cost-center": model.platform.costCenter,
    "app.kubernetes.io/instance": w.name,
    "app.kubernetes.io/component": "server",
  };
  for (const key of model.settings.policy.requiredLabels) {
    if (base[key] !== undefined || key === "environment") continue;
    const value = ns?.labels[key] ?? known[key];
    if (value !== undefined) base[key] = value;
  }
  return base;
}

/** Labels on platform objects (namespaces' policies, components). */
export function platformLabels(model: ClusterModel): Record<string, string> {
  return { "app.kubernetes.io/part-of": model.platform.name, "app.kubernetes.io/managed-by": "akskit" };
}
