/**
 * `akskit generate --target flux`: the Flux GitOps repository of a platform (docs/gitops.md).
 *
 *   gitops/clusters/<env>/            Flux Kustomizations of the cluster + cluster-vars
 *   gitops/infrastructure/controllers HelmRepository + HelmRelease per platform component
 *   gitops/infrastructure/configs     namespaces, ClusterIssuers, policies, rules, backup schedules
 *   gitops/infrastructure/constraints Gatekeeper constraints (when Gatekeeper is the engine)
 *   gitops/apps/base/<workload>/      the workload's manifests
 *   gitops/apps/<env>/                per-environment overlays
 *
 * In the branch-per-environment layout the same tree, holding one environment, is written to
 * `gitops/<env>/` for branch `env/<env>` (layout.ts).
 */
import { header } from "../generate/header.js";
import type { GeneratedFile } from "../generate/types.js";
import type { ClusterModel, PlatformModel } from "../model/types.js";
import { appsTree } from "./apps/overlay.js";
import { clusterFiles } from "./clusters/index.js";
import { toYamlFile } from "./emit/yaml.js";
import { infrastructureTree } from "./infrastructure.js";
import { platformLayout, repositoryRoot } from "./layout.js";
import type { ManifestFile } from "./types.js";

export { gitopsBranch, clusterPath, FLUX_SOURCE_NAME, FLUX_NAMESPACE } from "./layout.js";
export { workloadRuleGroups } from "./apps/monitoring.js";
export { platformAlertGroups } from "./configs/platform-alerts.js";
export { VELERO_CONTAINER } from "./components/velero.js";
export { gitopsEgressHosts, type EgressHost } from "./egress.js";

/** The manifests of every repository tree, before serialization. */
export function buildGitOpsManifests(platform: PlatformModel): ManifestFile[] {
  const layout = platformLayout(platform);
  const groups: ClusterModel[][] =
    layout === "branch-per-environment" ? platform.clusters.map((c) => [c]) : [platform.clusters];
  const out: ManifestFile[] = [];
  for (const models of groups) {
    if (models.length === 0) continue;
    const root = repositoryRoot(layout, models[0]!.environment);
    for (const m of models) out.push(...clusterFiles(m, root));
    out.push(...infrastructureTree(models, root, "controllers"));
    out.push(...infrastructureTree(models, root, "configs"));
    out.push(...infrastructureTree(models, root, "constraints"));
    out.push(...appsTree(models, root));
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function buildGitOpsFiles(platform: PlatformModel): GeneratedFile[] {
  const head = header(platform.specFile, "flux", "hash");
  return buildGitOpsManifests(platform).map((f) => ({ path: f.path, content: toYamlFile(head, f.objects) }));
}
