/**
 * Kubernetes API versions that stopped being served, per Kubernetes minor release.
 *
 * Source: kubernetes.io, "Deprecated API Migration Guide"
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/), sections "Removed APIs by release"
 * v1.16, v1.22, v1.25, v1.26, v1.27, v1.29 and v1.32. The guide lists no removals for the releases not named here.
 */

export const REMOVED_APIS_SOURCE =
  'kubernetes.io "Deprecated API Migration Guide" (https://kubernetes.io/docs/reference/using-api/deprecation-guide/)';

/** One API version of one kind that a Kubernetes release no longer serves. */
export interface RemovedApi {
  /** `group/version` as written in a manifest's `apiVersion`, e.g. `policy/v1beta1`. */
  apiVersion: string;
  kind: string;
  /** The minor release that stopped serving it, `1.25`. */
  removedIn: string;
  /** The `apiVersion` to migrate to, or undefined when the API has no replacement (PodSecurityPolicy). */
  replacement: string | undefined;
  /** What changes beyond the apiVersion line, in a sentence; empty when nothing else changes. */
  notes: string;
}

function api(
  removedIn: string,
  apiVersion: string,
  kind: string,
  replacement: string | undefined,
  notes = "",
): RemovedApi {
  return { apiVersion, kind, removedIn, replacement, notes };
}

/** The table, ordered by release then apiVersion then kind. */
export const REMOVED_APIS: readonly RemovedApi[] = [
  // v1.16
  api("1.16", "apps/v1beta1", "Deployment", "apps/v1", "spec.selector is required and immutable."),
  api("1.16", "apps/v1beta1", "ReplicaSet", "apps/v1", "spec.selector is required and immutable."),
  api("1.16", "apps/v1beta1", "StatefulSet", "apps/v1", "spec.selector is required and immutable."),
  api("1.16", "apps/v1beta2", "DaemonSet", "apps/v1", "spec.selector is required and immutable."),
  api("1.16", "apps/v1beta2", "Deployment", "apps/v1", "spec.selector is required and immutable."),
  api("1.16", "apps/v1beta2", "ReplicaSet", "apps/v1", "spec.selector is required and immutable."),
  api("1.16", "apps/v1beta2", "StatefulSet", "apps/v1", "spec.selector is required and immutable."),
  api("1.16", "extensions/v1beta1", "DaemonSet", "apps/v1", "spec.selector is required and immutable."),
  api("1.16", "extensions/v1beta1", "Deployment", "apps/v1", "spec.selector is required and immutable."),
  api("1.16", "extensions/v1beta1", "NetworkPolicy", "networking.k8s.io/v1"),
  api("1.16", "extensions/v1beta1", "PodSecurityPolicy", "policy/v1beta1"),
  api("1.16", "extensions/v1beta1", "ReplicaSet", "apps/v1", "spec.selector is required and immutable."),
  // v1.22
  api(
    "1.22",
    "admissionregistration.k8s.io/v1beta1",
    "MutatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1",
    "sideEffects and admissionReviewVersions are required; failurePolicy defaults to Fail.",
  ),
  api(
    "1.22",
    "admissionregistration.k8s.io/v1beta1",
    "ValidatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1",
    "sideEffects and admissionReviewVersions are required; failurePolicy defaults to Fail.",
  ),
  api(
    "1.22",
    "apiextensions.k8s.io/v1beta1",
    "CustomResourceDefinition",
    "apiextensions.k8s.io/v1",
    "spec.versions[*].schema.openAPIV3Schema is required and must be structural.",
  ),
  api("1.22", "apiregistration.k8s.io/v1beta1", "APIService", "apiregistration.k8s.io/v1"),
  api("1.22", "authentication.k8s.io/v1beta1", "TokenReview", "authentication.k8s.io/v1"),
  api("1.22", "authorization.k8s.io/v1beta1", "LocalSubjectAccessReview", "authorization.k8s.io/v1"),
  api("1.22", "authorization.k8s.io/v1beta1", "SelfSubjectAccessReview", "authorization.k8s.io/v1"),
  api("1.22", "authorization.k8s.io/v1beta1", "SubjectAccessReview", "authorization.k8s.io/v1"),
  api(
    "1.22",
    "certificates.k8s.io/v1beta1",
    "CertificateSigningRequest",
    "certificates.k8s.io/v1",
    "spec.signerName and spec.usages are required.",
  ),
  api("1.22", "coordination.k8s.io/v1beta1", "Lease", "coordination.k8s.io/v1"),
  api(
    "1.22",
    "extensions/v1beta1",
    "Ingress",
    "networking.k8s.io/v1",
    "backend serviceName/servicePort become service.name/service.port; pathType is required.",
  ),
  api(
    "1.22",
    "networking.k8s.io/v1beta1",
    "Ingress",
    "networking.k8s.io/v1",
    "backend serviceName/servicePort become service.name/service.port; pathType is required.",
  ),
  api("1.22", "networking.k8s.io/v1beta1", "IngressClass", "networking.k8s.io/v1"),
  api("1.22", "rbac.authorization.k8s.io/v1beta1", "ClusterRole", "rbac.authorization.k8s.io/v1"),
  api("1.22", "rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding", "rbac.authorization.k8s.io/v1"),
  api("1.22", "rbac.authorization.k8s.io/v1beta1", "Role", "rbac.authorization.k8s.io/v1"),
  api("1.22", "rbac.authorization.k8s.io/v1beta1", "RoleBinding", "rbac.authorization.k8s.io/v1"),
  api("1.22", "scheduling.k8s.io/v1beta1", "PriorityClass", "scheduling.k8s.io/v1"),
  api("1.22", "storage.k8s.io/v1beta1", "CSIDriver", "storage.k8s.io/v1"),
  api("1.22", "storage.k8s.io/v1beta1", "CSINode", "storage.k8s.io/v1"),
  api("1.22", "storage.k8s.io/v1beta1", "StorageClass", "storage.k8s.io/v1"),
  api("1.22", "storage.k8s.io/v1beta1", "VolumeAttachment", "storage.k8s.io/v1"),
  // v1.25
  api(
    "1.25",
    "autoscaling/v2beta1",
    "HorizontalPodAutoscaler",
    "autoscaling/v2",
    "targetAverageUtilization becomes target.averageUtilization.",
  ),
  api("1.25", "batch/v1beta1", "CronJob", "batch/v1"),
  api(
    "1.25",
    "discovery.k8s.io/v1beta1",
    "EndpointSlice",
    "discovery.k8s.io/v1",
    "topology is replaced by per-endpoint nodeName and zone.",
  ),
  api(
    "1.25",
    "events.k8s.io/v1beta1",
    "Event",
    "events.k8s.io/v1",
    "involvedObject is renamed to regarding.",
  ),
  api("1.25", "node.k8s.io/v1beta1", "RuntimeClass", "node.k8s.io/v1"),
  api(
    "1.25",
    "policy/v1beta1",
    "PodDisruptionBudget",
    "policy/v1",
    "an empty spec.selector selects every pod in the namespace in policy/v1.",
  ),
  api(
    "1.25",
    "policy/v1beta1",
    "PodSecurityPolicy",
    undefined,
    "PodSecurityPolicy has no replacement API: use Pod Security Admission or a policy engine (Azure Policy, Kyverno, Gatekeeper).",
  ),
  // v1.26
  api("1.26", "autoscaling/v2beta2", "HorizontalPodAutoscaler", "autoscaling/v2"),
  api("1.26", "flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema", "flowcontrol.apiserver.k8s.io/v1"),
  api(
    "1.26",
    "flowcontrol.apiserver.k8s.io/v1beta1",
    "PriorityLevelConfiguration",
    "flowcontrol.apiserver.k8s.io/v1",
  ),
  // v1.27
  api("1.27", "storage.k8s.io/v1beta1", "CSIStorageCapacity", "storage.k8s.io/v1"),
  // v1.29
  api("1.29", "flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", "flowcontrol.apiserver.k8s.io/v1"),
  api(
    "1.29",
    "flowcontrol.apiserver.k8s.io/v1beta2",
    "PriorityLevelConfiguration",
    "flowcontrol.apiserver.k8s.io/v1",
  ),
  // v1.32
  api("1.32", "flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "flowcontrol.apiserver.k8s.io/v1"),
  api(
    "1.32",
    "flowcontrol.apiserver.k8s.io/v1beta3",
    "PriorityLevelConfiguration",
    "flowcontrol.apiserver.k8s.io/v1",
  ),
];

/** A Kubernetes `major.minor` version. */
export interface MinorVersion {
  major: number;
  minor: number;
}

/**
 * Parses `1.30`, `1.30.4`, `v1.30.4`; undefined for anything else.
 * Patch and pre-release parts are ignored: removals happen at minor releases.
 */
export function parseMinor(version: string): MinorVersion | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(version.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

/** Negative when a < b, zero when equal, positive when a > b (minor versions only). */
export function compareMinor(a: MinorVersion, b: MinorVersion): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}

function minorOrThrow(version: string): MinorVersion {
  const v = parseMinor(version);
  if (!v) throw new RangeError(`"${version}" is not a Kubernetes version; write it as 1.30 or 1.30.4`);
  return v;
}

/** Every API removed in a release at or before `version` (e.g. `1.26` gives the 1.16…1.26 removals). */
export function removedApisUpTo(version: string): RemovedApi[] {
  const target = minorOrThrow(version);
  return REMOVED_APIS.filter((r) => compareMinor(minorOrThrow(r.removedIn), target) <= 0);
}

/** APIs removed after `from` and at or before `to`: what an upgrade from `from` to `to` takes away. */
export function removedApisBetween(from: string, to: string): RemovedApi[] {
  const lo = minorOrThrow(from);
  const hi = minorOrThrow(to);
  return REMOVED_APIS.filter((r) => {
    const v = minorOrThrow(r.removedIn);
    return compareMinor(v, lo) > 0 && compareMinor(v, hi) <= 0;
  });
}

/**
 * The removal entry when `apiVersion`/`kind` is no longer served at `targetVersion`, else undefined.
 * Core (`v1`) and unknown group versions (custom resources) are never reported.
 */
export function findRemoved(apiVersion: string, kind: string, targetVersion: string): RemovedApi | undefined {
  const target = minorOrThrow(targetVersion);
  return REMOVED_APIS.find(
    (r) =>
      r.apiVersion === apiVersion && r.kind === kind && compareMinor(minorOrThrow(r.removedIn), target) <= 0,
  );
}
