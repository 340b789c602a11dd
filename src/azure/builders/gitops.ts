/**
 * GitOps (seed 002 "GitOps with Flux"): the Flux cluster extension and a Flux configuration pointing
 * at the generated repository. Its one Kustomization `cluster` reconciles `./clusters/<env>` and passes
 * the deploy-time values (tenant, client ids, Key Vault name, ...) as post-build substitutions
 * (src/generate/deploy-values.ts).
 */
import { FLUX_NAMESPACE, FLUX_SOURCE_NAME, clusterPath, gitopsBranch } from "../../gitops/layout.js";
import { type BuildContext } from "../context.js";
import { substitutions } from "../deploy-values.js";
import { API, type ArmResourceDef } from "../resources.js";

/** `10m` → 600, `1h30m` → 5400. */
export function durationSeconds(d: string): number {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

export function buildGitOps(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const g = c.settings.gitops;
  if (!g.enabled) return [];
  const interval = durationSeconds(g.interval);
  return [
    {
      symbol: "fluxExtension",
      concern: "gitops",
      type: "Microsoft.KubernetesConfiguration/extensions",
      apiVersion: API.clusterExtensions,
      name: "flux",
      scope: "cluster",
      properties: {
        extensionType: "microsoft.flux",
        autoUpgradeMinorVersion: true,
        releaseTrain: "Stable",
        scope: { cluster: { releaseNamespace: FLUX_NAMESPACE } },
        configurationSettings: {
          "multiTenancy.enforce": "false",
          "workloadIdentity.enable": String(c.settings.identity.workloadIdentity),
        },
      },
      description: "The Flux cluster extension (GitOps controllers in flux-system).",
    },
    {
      symbol: "fluxConfiguration",
      concern: "gitops",
      type: "Microsoft.KubernetesConfiguration/fluxConfigurations",
      apiVersion: API.fluxConfigurations,
      name: FLUX_SOURCE_NAME,
      scope: "cluster",
      properties: {
        scope: "cluster",
        namespace: FLUX_NAMESPACE,
        sourceKind: "GitRepository",
        suspend: false,
        gitRepository: {
          url: g.repository,
          repositoryRef: { branch: gitopsBranch(c) },
          syncIntervalInSeconds: interval,
          timeoutInSeconds: 600,
        },
        kustomizations: {
          cluster: {
            path: clusterPath(c),
            prune: true,
            syncIntervalInSeconds: interval,
            timeoutInSeconds: 600,
            postBuild: { substitute: substitutions(c) },
          },
        },
      },
      dependsOn: ["fluxExtension"],
      description: `Flux configuration reconciling ${clusterPath(c)} of ${g.repository} with the deploy-time values.`,
    },
  ];
}
