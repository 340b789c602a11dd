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
): INamespace {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name, labels: { ...labels, ...podSecurityLabels(level) } },
  };
}
