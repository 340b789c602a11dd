/**
 * Lists objects from a live cluster through a kubeconfig context, as `kubectl get <resources> -A -o json`
 * would: each item gets its apiVersion and kind set, and the API path it was read from.
 * Connection and permission failures become a UsageError (exit 2) with what to do.
 */
import {
  ApisApi,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
} from "@kubernetes/client-node";
import { UsageError } from "../errors.js";

/** A resource the live reader knows without asking the API server. */
export interface ResourceType {
  apiVersion: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

function rt(apiVersion: string, kind: string, plural: string, namespaced = true): ResourceType {
  return { apiVersion, kind, plural, namespaced };
}

/** Common resources by plural, singular and kubectl short names. */
const KNOWN: Record<string, ResourceType> = {};
for (const [names, type] of [
  [["pods", "pod", "po"], rt("v1", "Pod", "pods")],
  [["events", "event", "ev"], rt("v1", "Event", "events")],
  [["nodes", "node", "no"], rt("v1", "Node", "nodes", false)],
  [["services", "service", "svc"], rt("v1", "Service", "services")],
  [["endpoints", "ep"], rt("v1", "Endpoints", "endpoints")],
  [
    ["persistentvolumeclaims", "persistentvolumeclaim", "pvc", "pvcs"],
    rt("v1", "PersistentVolumeClaim", "persistentvolumeclaims"),
  ],
  [
    ["persistentvolumes", "persistentvolume", "pv", "pvs"],
    rt("v1", "PersistentVolume", "persistentvolumes", false),
  ],
  [["namespaces", "namespace", "ns"], rt("v1", "Namespace", "namespaces", false)],
  [["configmaps", "configmap", "cm"], rt("v1", "ConfigMap", "configmaps")],
  [["serviceaccounts", "serviceaccount", "sa"], rt("v1", "ServiceAccount", "serviceaccounts")],
  [["resourcequotas", "resourcequota", "quota"], rt("v1", "ResourceQuota", "resourcequotas")],
  [["limitranges", "limitrange", "limits"], rt("v1", "LimitRange", "limitranges")],
  [["deployments", "deployment", "deploy"], rt("apps/v1", "Deployment", "deployments")],
  [["statefulsets", "statefulset", "sts"], rt("apps/v1", "StatefulSet", "statefulsets")],
  [["daemonsets", "daemonset", "ds"], rt("apps/v1", "DaemonSet", "daemonsets")],
  [["replicasets", "replicaset", "rs"], rt("apps/v1", "ReplicaSet", "replicasets")],
  [["jobs", "job"], rt("batch/v1", "Job", "jobs")],
  [["cronjobs", "cronjob", "cj"], rt("batch/v1", "CronJob", "cronjobs")],
  [["ingresses", "ingress", "ing"], rt("networking.k8s.io/v1", "Ingress", "ingresses")],
  [["ingressclasses", "ingressclass"], rt("networking.k8s.io/v1", "IngressClass", "ingressclasses", false)],
  [
    ["networkpolicies", "networkpolicy", "netpol"],
    rt("networking.k8s.io/v1", "NetworkPolicy", "networkpolicies"),
  ],
  [
    ["horizontalpodautoscalers", "horizontalpodautoscaler", "hpa", "hpas"],
    rt("autoscaling/v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers"),
  ],
  [
    ["poddisruptionbudgets", "poddisruptionbudget", "pdb", "pdbs"],
    rt("policy/v1", "PodDisruptionBudget", "poddisruptionbudgets"),
  ],
  [
    ["storageclasses", "storageclass", "sc"],
    rt("storage.k8s.io/v1", "StorageClass", "storageclasses", false),
  ],
  [["roles", "role"], rt("rbac.authorization.k8s.io/v1", "Role", "roles")],
  [["rolebindings", "rolebinding"], rt("rbac.authorization.k8s.io/v1", "RoleBinding", "rolebindings")],
  [["clusterroles", "clusterrole"], rt("rbac.authorization.k8s.io/v1", "ClusterRole", "clusterroles", false)],
  [
    ["clusterrolebindings", "clusterrolebinding"],
    rt("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", "clusterrolebindings", false),
  ],
  [["endpointslices", "endpointslice"], rt("discovery.k8s.io/v1", "EndpointSlice", "endpointslices")],
] as [string[], ResourceType][]) {
  for (const n of names) KNOWN[n] = type;
}

export function knownResource(name: string): ResourceType | undefined {
  return KNOWN[name.toLowerCase()];
}

/** `/api/v1/namespaces/x/pods/y` or `/apis/apps/v1/namespaces/x/deployments/y`. */
export function apiPath(type: ResourceType, namespace: string | undefined, name: string): string {
  const root = type.apiVersion.includes("/") ? `/apis/${type.apiVersion}` : `/api/${type.apiVersion}`;
  const nsPart = type.namespaced && namespace ? `/namespaces/${namespace}` : "";
  return `${root}${nsPart}/${type.plural}/${name}`;
}

export interface LiveOptions {
  context?: string;
  namespace?: string;
  /** Plural names (`pods`), singular or short names (`hpa`), or `plural.group` for custom resources. */
  resources: string[];
  /** For tests: replaces the kubeconfig loaded from the default locations. */
  kubeConfig?: KubeConfig;
}

export interface LiveList {
  items: Record<string, unknown>[];
  /** The API path each item was read from, same order as `items`. */
  paths: string[];
}

/** Minimal client surface, so tests can replace the API server. */
export interface LiveClient {
  list(type: ResourceType, namespace: string | undefined): Promise<Record<string, unknown>[]>;
  discover(name: string): Promise<ResourceType | undefined>;
}

export function loadKubeConfig(context: string | undefined, given?: KubeConfig): KubeConfig {
  const kc = given ?? new KubeConfig();
  if (!given) {
    try {
      kc.loadFromDefault();
    } catch (err) {
      throw new UsageError(
        `cannot load the kubeconfig: ${errorText(err)}; run \`az aks get-credentials --resource-group <rg> --name <cluster>\``,
      );
    }
  }
  if (context) {
    if (!kc.getContexts().some((c) => c.name === context)) {
      const names =
        kc
          .getContexts()
          .map((c) => c.name)
          .sort()
          .join(", ") || "none";
      throw new UsageError(
        `kubeconfig has no context "${context}" (contexts: ${names}); run \`az aks get-credentials\` for that cluster`,
      );
    }
    kc.setCurrentContext(context);
  }
  if (!kc.getCurrentCluster()) {
    throw new UsageError(
      "kubeconfig has no current cluster; run `az aks get-credentials --resource-group <rg> --name <cluster>` or pass --context",
    );
  }
  return kc;
}

/** The client-node implementation of LiveClient. */
export function clientFor(kc: KubeConfig): LiveClient {
  const objects = KubernetesObjectApi.makeApiClient(kc);
  return {
    async list(type, namespace) {
      const res = await objects.list(type.apiVersion, type.kind, type.namespaced ? namespace : undefined);
      // client-node turns known kinds into model classes with Date fields; back to plain JSON, as kubectl prints it.
      return JSON.parse(JSON.stringify(res.items ?? [])) as Record<string, unknown>[];
    },
    async discover(name) {
      const [plural, ...groupParts] = name.toLowerCase().split(".");
      const group = groupParts.join(".");
      if (!group) {
        const core = await kc.makeApiClient(CoreV1Api).getAPIResources();
        const r = core.resources.find(
          (x) =>
            x.name === plural || x.singularName === plural || (x.shortNames ?? []).includes(plural ?? ""),
        );
        if (r) return rt("v1", r.kind, r.name, r.namespaced);
      }
      const groups = await kc.makeApiClient(ApisApi).getAPIVersions();
      const custom = kc.makeApiClient(CustomObjectsApi);
      for (const g of groups.groups.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (group && g.name !== group) continue;
        const version = g.preferredVersion?.version ?? g.versions[0]?.version;
        if (!version) continue;
        const list = await custom.getAPIResources({ group: g.name, version });
        const r = list.resources.find(
          (x) =>
            !x.name.includes("/") &&
            (x.name === plural || x.singularName === plural || (x.shortNames ?? []).includes(plural ?? "")),
        );
        if (r) return rt(`${g.name}/${version}`, r.kind, r.name, r.namespaced);
      }
      return undefined;
    },
  };
}

function errorText(err: unknown): string {
  if (err && typeof err === "object") {
    const e = err as { code?: number | string; message?: string; body?: unknown };
    if (e.code === 401)
      return "401 Unauthorized: the credentials expired; run `kubelogin convert-kubeconfig -l azurecli` or `az aks get-credentials` again";
    if (e.code === 403)
      return "403 Forbidden: your identity lacks RBAC read access (Azure Kubernetes Service RBAC Reader)";
    if (e.message) return e.message.split("\n")[0] ?? e.message;
  }
  return String(err);
}

/** Lists every requested resource across namespaces (or in `namespace`). */
export async function listLiveObjects(options: LiveOptions, client?: LiveClient): Promise<LiveList> {
  let c = client;
  let server = "(test client)";
  if (!c) {
    const kc = loadKubeConfig(options.context, options.kubeConfig);
    server = kc.getCurrentCluster()?.server ?? "?";
    c = clientFor(kc);
  }
  const items: Record<string, unknown>[] = [];
  const paths: string[] = [];
  for (const name of options.resources) {
    let type: ResourceType | undefined;
    let listed: Record<string, unknown>[];
    try {
      type = knownResource(name) ?? (await c.discover(name));
      if (!type)
        throw new UsageError(
          `the cluster serves no resource named "${name}"; check \`kubectl api-resources\``,
        );
      listed = await c.list(type, options.namespace);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(
        `cannot list ${name} from ${server}${options.context ? ` (context ${options.context})` : ""}: ${errorText(err)}. Check \`kubectl get ${name}\` works; for a private cluster, run from a network that reaches the API server or use \`az aks command invoke\`.`,
      );
    }
    for (const item of listed) {
      const meta = (item.metadata ?? {}) as { name?: string; namespace?: string };
      const withType: Record<string, unknown> = { apiVersion: type.apiVersion, kind: type.kind, ...item };
      withType.apiVersion = type.apiVersion;
      withType.kind = type.kind;
      items.push(withType);
      paths.push(apiPath(type, meta.namespace, meta.name ?? ""));
    }
  }
  return { items, paths };
}
