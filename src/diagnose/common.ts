/** Helpers shared by the diagnoses: object references, container lookups, event evidence, seed sources. */
import type { Container, ContainerStatus, KubeEvent, Pod } from "./kube.js";
import { nameOf, namespaceOf } from "./kube.js";
import { eventCount, eventMessage } from "./snapshot.js";
import type { Evidence, ObjectRef } from "./types.js";

/** The seeds the advice is quoted from, named once so every diagnosis cites them the same way. */
export const SEED = {
  troubleshooting000: 'seed 000 (AKS best practices for production, "Troubleshooting común")',
  workloadIdentity000:
    'seed 000 (AKS best practices for production, "Workload Identity" and "Key Vault CSI driver")',
  troubleshooting001: 'seed 001 (AKS operations guide, "Solución de Problemas / Troubleshooting")',
  operations001: 'seed 001 (AKS operations guide, "Common kubectl Operaciones")',
  dayTwo002: 'seed 002 (AKS lifecycle with GitOps, "Day 2 operations")',
  baseline003: "seed 003 (Microsoft AKS baseline architecture)",
} as const;

export function podRef(pod: Pod): ObjectRef {
  return { kind: "Pod", namespace: namespaceOf(pod), name: nameOf(pod) };
}

/** `-n <namespace>` suffix for kubectl commands. */
export function ns(pod: { metadata?: { namespace?: string } }): string {
  return `-n ${pod.metadata?.namespace ?? "default"}`;
}

export interface ContainerEntry {
  status: ContainerStatus;
  /** `status.containerStatuses[0]` or `status.initContainerStatuses[0]`. */
  path: string;
  spec: Container | undefined;
  specPath: string | undefined;
  name: string;
  init: boolean;
}

/** Every container status of the pod, init containers first, with the matching spec container. */
export function containerEntries(pod: Pod): ContainerEntry[] {
  const out: ContainerEntry[] = [];
  const add = (statuses: ContainerStatus[] | undefined, specs: Container[] | undefined, init: boolean) => {
    (statuses ?? []).forEach((status, i) => {
      const name = status.name ?? `#${i}`;
      const specIndex = (specs ?? []).findIndex((c) => c.name === status.name);
      out.push({
        status,
        path: `status.${init ? "initContainerStatuses" : "containerStatuses"}[${i}]`,
        spec: specIndex >= 0 ? specs?.[specIndex] : undefined,
        specPath: specIndex >= 0 ? `spec.${init ? "initContainers" : "containers"}[${specIndex}]` : undefined,
        name,
        init,
      });
    });
  };
  add(pod.status?.initContainerStatuses, pod.spec?.initContainers, true);
  add(pod.status?.containerStatuses, pod.spec?.containers, false);
  return out;
}

/** An event as evidence: `event Warning Failed (x4)` → its message. */
export function eventEvidence(e: KubeEvent): Evidence {
  const count = eventCount(e);
  const from = e.source?.component ? ` from ${e.source.component}` : "";
  return {
    field: `event ${e.type ?? "Normal"} ${e.reason ?? ""}${count > 1 ? ` (x${count})` : ""}${from}`
      .replace(/\s+/g, " ")
      .trim(),
    value: eventMessage(e),
  };
}

export function describePod(pod: Pod): string {
  return `kubectl describe pod ${nameOf(pod)} ${ns(pod)}`;
}

/** The workload that owns the pod (`deployment/api` for a ReplicaSet `api-7d9f…`), for rollout commands. */
export function ownerWorkload(pod: Pod): string | undefined {
  const owner = pod.metadata?.ownerReferences?.[0];
  if (!owner?.kind || !owner.name) return undefined;
  if (owner.kind === "ReplicaSet") {
    const m = /^(.*)-[a-z0-9]{5,10}$/.exec(owner.name);
    return `deployment/${m ? m[1] : owner.name}`;
  }
  return `${owner.kind.toLowerCase()}/${owner.name}`;
}

/** Distinct values in input order. */
export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
