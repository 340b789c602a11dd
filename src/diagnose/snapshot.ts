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
}

export function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ""}/${name}`;
}

function byName(a: KubeObject, b: KubeObject): number {
  const na = `${namespaceOf(a)}/${nameOf(a)}`;
  const nb = `${namespaceOf(b)}/${nameOf(b)}`;
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
  for (const o of objects) {
    const kind = o.kind ?? "";
    present.add(objectKey(kind, kind === "Node" ? undefined : namespaceOf(o), nameOf(o)));
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
    list.sort((a, b) =>
      (b.lastTimestamp ?? b.eventTime ?? "").localeCompare(a.lastTimestamp ?? a.eventTime ?? ""),
    );
  }
  return {
    pods: pods.sort(byName),
    nodes: nodes.sort(byName),
    services: services.sort(byName),
    endpoints,
    pvcs,
    hpas: hpas.sort(byName),
    ingresses: ingresses.sort(byName),
    podMetrics,
    present,
    events,
    eventsFor: (kind, namespace, name) =>
      index.get(objectKey(kind, kind === "Node" ? undefined : namespace, name)) ?? [],
  };
}
