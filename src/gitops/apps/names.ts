/** Stable names of a workload's objects (cdk8s `Names` habit: derived, never random). */
import type { ResolvedWorkload } from "../../model/types.js";

export const names = {
  serviceAccount: (w: ResolvedWorkload) => w.name,
  service: (w: ResolvedWorkload) => w.name,
  secretProviderClass: (w: ResolvedWorkload) => `${w.name}-kv`,
  /** The Kubernetes Secret the CSI driver syncs for `secretEnv`. */
  syncedSecret: (w: ResolvedWorkload) => `${w.name}-secrets`,
  tlsSecret: (w: ResolvedWorkload) => `${w.name}-tls`,
  ingressPolicy: (w: ResolvedWorkload) => `${w.name}-ingress`,
  egressPolicy: (w: ResolvedWorkload) => `${w.name}-egress`,
  sloRule: (w: ResolvedWorkload) => `${w.name}-slo`,
} as const;

/** Container port names. */
export const HTTP_PORT = "http";
export const METRICS_PORT = "metrics";
export const SECRETS_MOUNT = "/mnt/secrets-store";

export function metricsPortName(w: ResolvedWorkload): string {
  return w.metrics && w.metrics.port !== w.port ? METRICS_PORT : HTTP_PORT;
}

/** Whether the workload authenticates to Azure with Workload Identity (its own roles or Key Vault secrets). */
export function usesWorkloadIdentity(w: ResolvedWorkload): boolean {
  return w.identity !== undefined || w.secrets.length > 0;
}
