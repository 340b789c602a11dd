/** Namespace objects with Pod Security Admission labels (kubernetes.io/docs/concepts/security/pod-security-admission). */
import type { INamespace } from "kubernetes-models/v1/Namespace";

export type PodSecurityLevel = "privileged" | "baseline" | "restricted";

/**
 * Enforce at `level`; audit and warn at restricted so violations of the stricter standard still show
 * (the pattern the Pod Security docs recommend for migrating towards restricted).
 */
export function podSecurityLabels(level: PodSecurityLevel): Record<string, string> {
  return {
    "pod-security.kubernetes.io/enforce": level,
    "pod-security.kubernetes.io/enforce-version": "latest",
    "pod-security.kubernetes.io/audit": "restricted",
    "pod-security.kubernetes.io/audit-version": "latest",
    "pod-security.kubernetes.io/warn": "restricted",
    "pod-security.kubernetes.io/warn-version": "latest",
  };
}

export function namespaceObject(
  name: string,
  level: PodSecurityLevel,
  labels: Record<string, string> = {},
  annotations?: Record<string, string>,
): INamespace {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: {
      name,
      labels: { ...labels, ...podSecurityLabels(level) },
      ...(annotations ? { annotations } : {}),
    },
  };
}

/**
 * The namespace rules a platform component's namespace is exempt from, as an audit suppression
 * (`akskit.dev/ignore`, docs/audit.md) with its reason: the chart sizes and wires its own pods — its
 * admission webhooks must stay reachable from the API server and its controllers need egress to the
 * API server, Azure and ACME, which a default deny written without the chart's knowledge would cut
 * (and a webhook that fails closed would then block the cluster); a quota or default limits would
 * throttle or OOM-kill components that size themselves.
 */
export function platformNamespaceSuppression(
  what: string,
  podSecurityReason?: string,
): Record<string, string> {
  const rules = [
    "cross/default-deny-ingress",
    "cross/default-deny-egress",
    "cross/resource-quota",
    "cross/limit-range",
  ];
  if (podSecurityReason) rules.push("security/namespace-psa", "security/namespace-psa-restricted");
  return {
    "akskit.dev/ignore": rules.join(","),
    "akskit.dev/ignore-reason":
      `Platform namespace of ${what}: its Helm chart sizes and wires its own pods; a default deny or quota written outside the chart would break its webhooks and controllers.` +
      (podSecurityReason ? ` ${podSecurityReason}` : ""),
  };
}
