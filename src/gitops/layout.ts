/**
 * Where each environment's tree goes, for the two layouts the spec can choose (`gitops.layout`):
 *
 * - path-per-environment (Flux's own examples, one branch `gitops.branch`): everything under `gitops/`,
 *   one `clusters/<env>` folder per cluster, shared `infrastructure/` and `apps/base`.
 * - branch-per-environment (seed 002 "GitOps with Flux": "Environment branches hold overlays"): akskit
 *   writes `gitops/<env>/`, the tree for branch `env/<env>`: the same layout holding only that
 *   environment's cluster folder, overlays and the bases they use. Push each folder to its branch
 *   (docs/gitops.md shows the commands). Flux's path is `./clusters/<env>` in both layouts.
 */
import type { ClusterModel, PlatformModel } from "../model/types.js";

export type Layout = "path-per-environment" | "branch-per-environment";

/** The layout of a platform: the first environment's setting (validation keeps them equal). */
export function platformLayout(platform: PlatformModel): Layout {
  return platform.clusters[0]?.settings.gitops.layout ?? "path-per-environment";
}

/** Output folder (relative to the output dir) of the repository tree that holds `env`. */
export function repositoryRoot(layout: Layout, env: string): string {
  return layout === "branch-per-environment" ? `gitops/${env}` : "gitops";
}

/** The Git branch the environment's cluster reconciles (for the infrastructure's Flux configuration). */
export function gitopsBranch(model: ClusterModel): string {
  return model.settings.gitops.layout === "branch-per-environment"
    ? `env/${model.environment}`
    : model.settings.gitops.branch;
}

/** The path inside the repository that the cluster's Flux configuration reconciles. */
export function clusterPath(model: ClusterModel): string {
  return `./clusters/${model.environment}`;
}

/** Name of the GitRepository the AKS Flux extension creates (named after the flux configuration). */
export const FLUX_SOURCE_NAME = "platform";
export const FLUX_NAMESPACE = "flux-system";
