/**
 * Secure defaults for every workload container and pod (cdk8s-plus habit; Pod Security Standard
 * "restricted", kubernetes.io/docs/concepts/security/pod-security-standards): non-root with a fixed
 * numeric user (so kubelet can verify runAsNonRoot even when the image names its user), read-only
 * root filesystem with a writable /tmp, no privilege escalation, every capability dropped,
 * RuntimeDefault seccomp.
 */
import type { IPodSecurityContext } from "kubernetes-models/v1/PodSecurityContext";
import type { ISecurityContext } from "kubernetes-models/v1/SecurityContext";

/** The user and group the workloads run as (outside the range system users take in common images). */
export const WORKLOAD_UID = 10001;

export function containerSecurityContext(): ISecurityContext {
  return {
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    runAsUser: WORKLOAD_UID,
    runAsGroup: WORKLOAD_UID,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  };
}

export function podSecurityContext(): IPodSecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser: WORKLOAD_UID,
    runAsGroup: WORKLOAD_UID,
    fsGroup: WORKLOAD_UID,
    seccompProfile: { type: "RuntimeDefault" },
  };
}
