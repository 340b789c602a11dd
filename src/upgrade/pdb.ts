/**
 * PodDisruptionBudgets that block a node drain: maxUnavailable 0 (or 0%), or minAvailable at least the replicas
 * of the workloads they select. A drain evicts pods through the Eviction API, which refuses while the budget
 * would be broken; the node upgrade then stalls (seed 003: "don't configure the budgets to be so aggressive that
 * they block node upgrades").
 */
import type { KubeObject } from "../diagnose/kube.js";
import { nameOf, namespaceOf } from "../diagnose/kube.js";
import { manifestLocation, type ManifestObject } from "./manifests.js";

interface Pdb extends KubeObject {
  spec?: {
    minAvailable?: number | string;
    maxUnavailable?: number | string;
    selector?: {
      matchLabels?: Record<string, string>;
      matchExpressions?: { key?: string; operator?: string; values?: string[] }[];
    };
  };
}

interface Workload extends KubeObject {
  spec?: { replicas?: number; template?: { metadata?: { labels?: Record<string, string> } } };
}

export interface BlockingPdb {
  file: string;
  namespace: string;
  name: string;
  /** `maxUnavailable: 0` or `minAvailable: 3` as written. */
  setting: string;
  /** The workloads it selects, `Deployment/api (3 replicas)`. */
  workloads: string[];
  reason: string;
}

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "ReplicaSet"]);

function selects(pdb: Pdb, labels: Record<string, string> | undefined): boolean {
  const sel = pdb.spec?.selector;
  if (!sel) return false;
  const l = labels ?? {};
  const labelsOk = Object.entries(sel.matchLabels ?? {}).every(([k, v]) => l[k] === v);
  const exprOk = (sel.matchExpressions ?? []).every((e) => {
    const v = l[e.key ?? ""];
    switch (e.operator) {
      case "In":
        return v !== undefined && (e.values ?? []).includes(v);
      case "NotIn":
        return v === undefined || !(e.values ?? []).includes(v);
      case "Exists":
        return v !== undefined;
      case "DoesNotExist":
        return v === undefined;
      default:
        return false;
    }
  });
  return labelsOk && exprOk;
}

function isZero(v: number | string | undefined): boolean {
  return v === 0 || v === "0" || v === "0%";
}

export function blockingPdbs(manifests: ManifestObject[]): BlockingPdb[] {
  const workloads = manifests.filter((m) => WORKLOAD_KINDS.has(m.object.kind ?? "")) as {
    file: string;
    object: Workload;
  }[];
  const out: BlockingPdb[] = [];
  for (const m of manifests) {
    if (m.object.kind !== "PodDisruptionBudget") continue;
    const pdb = m.object as Pdb;
    const ns = namespaceOf(pdb);
    const selected = workloads.filter(
      (w) => namespaceOf(w.object) === ns && selects(pdb, w.object.spec?.template?.metadata?.labels),
    );
    const names = selected.map(
      (w) => `${w.object.kind}/${nameOf(w.object)} (${w.object.spec?.replicas ?? 1} replicas)`,
    );
    const replicas = selected.reduce((t, w) => t + (w.object.spec?.replicas ?? 1), 0);
    const { maxUnavailable, minAvailable } = pdb.spec ?? {};
    let reason: string | undefined;
    let setting = "";
    if (maxUnavailable !== undefined && isZero(maxUnavailable)) {
      setting = `maxUnavailable: ${String(maxUnavailable)}`;
      reason = "no pod may ever be evicted, so every drain of a node running one of its pods waits forever";
    } else if (minAvailable !== undefined) {
      setting = `minAvailable: ${String(minAvailable)}`;
      if (minAvailable === "100%") {
        reason = "100% must stay available, so no pod may be evicted";
      } else if (typeof minAvailable === "number" || /^\d+$/.test(minAvailable)) {
        const min = Number(minAvailable);
        if (selected.length > 0 && min >= replicas) {
          reason = `minAvailable ${min} ≥ ${replicas} replica${replicas === 1 ? "" : "s"}, so no pod may be evicted`;
        }
      }
    }
    if (reason)
      out.push({
        file: manifestLocation(m),
        namespace: ns,
        name: nameOf(pdb),
        setting,
        workloads: names,
        reason,
      });
  }
  return out.sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
}
