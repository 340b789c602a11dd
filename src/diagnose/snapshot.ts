/** The objects of one cluster, indexed for diagnosis: pods, events by object, nodes, services, … */
import type {
  Endpoints,
  Hpa,
  Ingress,
  KubeEvent,
  KubeObject,
  Node,
  Pod,
  PodMetrics,
  Pvc,
  Service,
} from "./kube.js";
import { nameOf, namespaceOf } from "./kube.js";
import { pushTo } from "../util/multimap.js";

export interface Snapshot {
  pods: Pod[];
  nodes: Node[];
  services: Service[];
  endpoints: Endpoints[];
  pvcs: Pvc[];
  hpas: Hpa[];
  ingresses: Ingress[];
  podMetrics: PodMetrics[];
  /** Every kind/namespace/name present, to answer "does this Deployment exist?". */
  present: Set<string>;
  events: KubeEvent[];
  eventsFor: (kind: string, namespace: string | undefined, name: string) => KubeEvent[];
  /** One object by kind, namespace (undefined for cluster-scoped kinds) and name. */
  get: <T extends KubeObject = KubeObject>(
    kind: string,
    namespace: string | undefined,
    name: string,
  ) => T | undefined;
  /** Pods of one namespace. */
  podsIn: (namespace: string) => Pod[];
  /** Pods bound to the node and not finished. */
  podCountOnNode: (node: string) => number;
}

const CLUSTER_SCOPED = new Set([
  "Node",
  "PersistentVolume",
  "Namespace",
  "StorageClass",
  "ClusterRole",
  "ClusterRoleBinding",
]);

export function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ""}/${name}`;
}

function byName(a: KubeObject, b: KubeObject): number {
  const nsa = namespaceOf(a);
  const nsb = namespaceOf(b);
  if (nsa !== nsb) return nsa < nsb ? -1 : 1;
  const na = nameOf(a);
  const nb = nameOf(b);
  return na < nb ? -1 : na > nb ? 1 : 0;
}

export function eventCount(e: KubeEvent): number {
  return e.count ?? e.series?.count ?? e.deprecatedCount ?? 1;
}

export function eventMessage(e: KubeEvent): string {
  return (e.message ?? e.note ?? "").trim();
}

export function buildSnapshot(objects: KubeObject[]): Snapshot {
  const pods: Pod[] = [];
  const nodes: Node[] = [];
  const services: Service[] = [];
  const endpoints: Endpoints[] = [];
  const pvcs: Pvc[] = [];
  const hpas: Hpa[] = [];
  const ingresses: Ingress[] = [];
  const podMetrics: PodMetrics[] = [];
  const events: KubeEvent[] = [];
  const present = new Set<string>();
  const byKey = new Map<string, KubeObject>();
  for (const o of objects) {
    const kind = o.kind ?? "";
    const key = objectKey(kind, CLUSTER_SCOPED.has(kind) ? undefined : namespaceOf(o), nameOf(o));
    present.add(key);
    if (!byKey.has(key)) byKey.set(key, o);
    switch (kind) {
      case "Pod":
        pods.push(o);
        break;
      case "Node":
        nodes.push(o);
        break;
      case "Service":
        services.push(o);
        break;
      case "Endpoints":
        endpoints.push(o);
        break;
      case "PersistentVolumeClaim":
        pvcs.push(o);
        break;
      case "HorizontalPodAutoscaler":
        hpas.push(o);
        break;
      case "Ingress":
        ingresses.push(o);
        break;
      case "PodMetrics":
        podMetrics.push(o);
        break;
      case "Event":
        events.push(o);
        break;
      default:
        break;
    }
  }
  const index = new Map<string, KubeEvent[]>();
  for (const e of events) {
    const ref = e.involvedObject ?? e.regarding;
    if (!ref?.kind || !ref.name) continue;
    const key = objectKey(
      ref.kind,
      ref.kind === "Node" ? undefined : (ref.namespace ?? namespaceOf(e)),
      ref.name,
    );
    const list = index.get(key) ?? [];
    list.push(e);
    index.set(key, list);
  }
  // Most recent first; ties keep input order (stable sort).
  for (const list of index.values()) {
    if (list.length > 1) {
      list.sort((a, b) => {
        const ta = a.lastTimestamp ?? a.eventTime ?? "";
        const tb = b.lastTimestamp ?? b.eventTime ?? "";
        return ta < tb ? 1 : ta > tb ? -1 : 0;
      });
    }
  }
  const podsByNamespace = new Map<string, Pod[]>();
  const podsPerNode = new Map<string, number>();
  pods.sort(byName);
  for (const p of pods) {
    const ns = namespaceOf(p);
    pushTo(podsByNamespace, ns, p);
    const node = p.spec?.nodeName;
    if (node && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed") {
      podsPerNode.set(node, (podsPerNode.get(node) ?? 0) + 1);
    }
  }
  return {
    pods,
    nodes: nodes.sort(byName),
    services: services.sort(byName),
    endpoints,
    pvcs,
    hpas: hpas.sort(byName),
    ingresses: ingresses.sort(byName),
    podMetrics,
    present,
    events,
    get: <T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string) =>
      byKey.get(objectKey(kind, CLUSTER_SCOPED.has(kind) ? undefined : namespace, name)) as T | undefined,
    podsIn: (namespace) => podsByNamespace.get(namespace) ?? [],
    podCountOnNode: (node) => podsPerNode.get(node) ?? 0,
    eventsFor: (kind, namespace, name) =>
      index.get(objectKey(kind, kind === "Node" ? undefined : namespace, name)) ?? [],
  };
}
