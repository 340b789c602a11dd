/**
 * A live cluster through a kubeconfig context (src/kube/live.ts, @kubernetes/client-node). Objects are
 * located by their API path (`/apis/apps/v1/namespaces/x/deployments/y`) and the key path inside them.
 * Custom resources the rules read (Flux, Secrets Store CSI, cert-manager) are listed when the cluster
 * serves them; a connection or permission failure is an input problem, not a crash.
 */
import { UsageError } from "../../errors.js";
import { formatKeyPath } from "../facts.js";
import { listLiveObjects, type LiveList, type LiveOptions } from "../../kube/live.js";
import { kubeObjectFact } from "./kube.js";
import { addProblem, type LoadSink } from "./sink.js";

export type LiveObjectLister = (options: LiveOptions) => Promise<LiveList>;

/** Built-in resources audited on a live cluster (the kinds rules target; no Secrets: akskit never reads secret values). */
export const LIVE_RESOURCES: readonly string[] = [
  "namespaces",
  "pods",
  "deployments",
  "statefulsets",
  "daemonsets",
  "replicasets",
  "jobs",
  "cronjobs",
  "services",
  "ingresses",
  "ingressclasses",
  "networkpolicies",
  "horizontalpodautoscalers",
  "poddisruptionbudgets",
  "serviceaccounts",
  "roles",
  "rolebindings",
  "clusterroles",
  "clusterrolebindings",
  "resourcequotas",
  "limitranges",
  "persistentvolumeclaims",
  "storageclasses",
];

/** Custom resources listed only when the cluster serves them. */
export const LIVE_CUSTOM_RESOURCES: readonly string[] = [
  "secretproviderclasses.secrets-store.csi.x-k8s.io",
  "kustomizations.kustomize.toolkit.fluxcd.io",
  "helmreleases.helm.toolkit.fluxcd.io",
  "gitrepositories.source.toolkit.fluxcd.io",
  "certificates.cert-manager.io",
  "clusterissuers.cert-manager.io",
];

export async function loadLiveKube(
  options: { context?: string | undefined; namespace?: string | undefined },
  sink: LoadSink,
  lister: LiveObjectLister = listLiveObjects,
): Promise<void> {
  const base = {
    ...(options.context ? { context: options.context } : {}),
    ...(options.namespace ? { namespace: options.namespace } : {}),
  };
  const where = `kubeconfig context ${options.context ?? "(current)"}`;
  let lists: LiveList[] = [];
  try {
    lists.push(await lister({ ...base, resources: [...LIVE_RESOURCES] }));
  } catch (err) {
    addProblem(sink, {
      file: where,
      code: "live-kube-failed",
      message: err instanceof Error ? err.message : String(err),
      hint:
        err instanceof UsageError ? undefined : "Check that `kubectl get pods -A` works with this context.",
    });
    return;
  }
  for (const crd of LIVE_CUSTOM_RESOURCES) {
    try {
      lists.push(await lister({ ...base, resources: [crd] }));
    } catch {
      // Not served by this cluster: nothing to audit for it.
    }
  }
  lists = lists.filter((l) => l.items.length > 0);
  for (const list of lists) {
    list.items.forEach((item, i) => {
      const file = list.paths[i] ?? where;
      if (typeof item.apiVersion !== "string" || typeof item.kind !== "string") return;
      if (ownedByController(item)) return;
      sink.facts.kubeObjects.push(
        kubeObjectFact(item, file, "live-kubernetes", (path) => ({
          file,
          line: 1,
          column: 1,
          path: formatKeyPath(path),
        })),
      );
    });
  }
}

/** Pods, ReplicaSets and Jobs made by a controller are audited through that controller (its template). */
function ownedByController(item: Record<string, unknown>): boolean {
  if (item.kind !== "Pod" && item.kind !== "ReplicaSet" && item.kind !== "Job") return false;
  const meta = item.metadata as { ownerReferences?: { controller?: boolean }[] } | undefined;
  return (meta?.ownerReferences ?? []).some((o) => o.controller === true);
}
