/**
 * A platform component installed through Flux's helm-controller: its namespace, a HelmRepository and a
 * HelmRelease with a pinned chart version, CRDs created and upgraded with the chart, and remediation
 * that retries a failed install or upgrade (fluxcd.io/flux/components/helm/helmreleases).
 */
import type { ClusterModel } from "../../model/types.js";
import type { HelmReleaseV2, HelmRepositoryV1 } from "../flux-types.js";
import { platformLabels } from "../labels.js";
import { namespaceObject, platformNamespaceSuppression, type PodSecurityLevel } from "../namespace.js";
import type { KubeObject } from "../types.js";

export interface HelmChartPin {
  /** HelmRepository name. */
  repository: string;
  url: string;
  chart: string;
  /** Exact chart version (never a range, so every cluster runs what was reviewed). */
  version: string;
}

export interface HelmComponent {
  /** Release name and folder name under infrastructure/controllers/base. */
  name: string;
  namespace: string;
  /** Pod Security level of the component's namespace (node agents need privileged). */
  podSecurity: PodSecurityLevel;
  /** Why the namespace cannot enforce restricted (required when podSecurity is not restricted). */
  podSecurityReason?: string;
  chart: HelmChartPin;
  values: Record<string, unknown>;
  /** Other components' HelmReleases this one needs first (`namespace/name`). */
  dependsOn?: { name: string; namespace: string }[];
  /** Why the component is installed (shown in docs/gitops.md and the file). */
  purpose: string;
}

export function helmComponentObjects(model: ClusterModel, c: HelmComponent): KubeObject[] {
  const labels = platformLabels(model);
  const interval = model.settings.gitops.interval;
  const repo: HelmRepositoryV1 = {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "HelmRepository",
    metadata: { name: c.chart.repository, namespace: c.namespace, labels },
    // Chart indexes change rarely; an hour keeps the load on the chart host low.
    spec: { url: c.chart.url, interval: "1h" },
  };
  const release: HelmReleaseV2 = {
    apiVersion: "helm.toolkit.fluxcd.io/v2",
    kind: "HelmRelease",
    metadata: { name: c.name, namespace: c.namespace, labels },
    spec: {
      interval,
      releaseName: c.name,
      chart: {
        spec: {
          chart: c.chart.chart,
          version: c.chart.version,
          sourceRef: { kind: "HelmRepository", name: c.chart.repository },
          interval: "1h",
        },
      },
      install: { crds: "CreateReplace", remediation: { retries: 3 } },
      upgrade: {
        crds: "CreateReplace",
        cleanupOnFail: true,
        remediation: { retries: 3, remediateLastFailure: true },
      },
      ...(c.dependsOn && c.dependsOn.length > 0 ? { dependsOn: c.dependsOn } : {}),
      values: c.values,
    },
  };
  return [
    namespaceObject(
      c.namespace,
      c.podSecurity,
      labels,
      platformNamespaceSuppression(c.name, c.podSecurityReason),
    ),
    repo,
    release,
  ];
}

/** Replicas for highly available controllers: two outside dev-like single-zone clusters. */
export function controllerReplicas(model: ClusterModel): number {
  return model.settings.nodePoolDefaults.zones.length > 1 ? 2 : 1;
}
