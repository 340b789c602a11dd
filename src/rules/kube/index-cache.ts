/**
 * One index of the Kubernetes objects per Facts value, built on first use and shared by every
 * cross-object rule (kept on the Facts object), so relations cost a lookup instead of a scan of all
 * objects per subject.
 */
import type { Facts, KubeObjectFact } from "../../audit/facts.js";
import { POD_TEMPLATE_KINDS } from "../../audit/engine.js";
import { arrAt, isObj, namespaceOf, podOf, strAt } from "./pod.js";
import type { LabelSelector } from "./selectors.js";
import { mapSelector, parseSelector, selectorMatches } from "./selectors.js";
import { pushTo } from "../../util/multimap.js";

const CLUSTER_SCOPED = new Set([
  "Namespace",
  "ClusterRole",
  "ClusterRoleBinding",
  "PriorityClass",
  "StorageClass",
  "PersistentVolume",
  "CustomResourceDefinition",
  "IngressClass",
  "ClusterIssuer",
  "Node",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ClusterPolicy",
  "K8sAllowedRepos",
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

function key(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u0000${isClusterScoped(kind) ? "" : (namespace ?? "default")}\u0000${name}`;
}

/** The workloads of one namespace, and per label key and value the ones whose pods carry it. */
interface LabelBucket {
  all: KubeObjectFact[];
  byLabel: Map<string, Map<string, KubeObjectFact[]>>;
}

/** namespace ("" for cluster-scoped kinds) → name → object: nested maps, no key strings to build. */
type ByName = Map<string, Map<string, KubeObjectFact>>;

const NONE: readonly KubeObjectFact[] = [];
const TEMPLATE_KINDS: ReadonlySet<string> = new Set(POD_TEMPLATE_KINDS);

/**
 * Everything but the list per kind is built on first use, per kind where it can be: an audit of a
 * 100,000-object dump looks up a few kinds by name (owners, service accounts) and never the Pods.
 */
export class KubeIndex {
  private readonly byKind = new Map<string, KubeObjectFact[]>();
  /** kind → names, built per kind on the first `get` of that kind. */
  private readonly byName = new Map<string, ByName>();
  /** kind → namespace → objects, built per kind on the first `inNamespace` of that kind. */
  private readonly byKindNs = new Map<string, Map<string, KubeObjectFact[]>>();
  private workloadIndex:
    | {
        list: KubeObjectFact[];
        set: Set<KubeObjectFact>;
        /** Pod-template objects whose controller is in the input. */
        controlled: Set<KubeObjectFact>;
        buckets: Map<string, LabelBucket>;
      }
    | undefined;
  private readonly coverage = new Map<string, Map<KubeObjectFact, KubeObjectFact[]>>();
  private readonly selections = new Map<KubeObjectFact, readonly KubeObjectFact[] | null>();
  private hpaTargets: Map<string, KubeObjectFact[]> | undefined;

  constructor(readonly objects: readonly KubeObjectFact[]) {
    let kind: string | undefined;
    let list: KubeObjectFact[] | undefined;
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i] as KubeObjectFact;
      if (o.kind !== kind || !list) {
        kind = o.kind;
        list = this.byKind.get(kind);
        if (!list) this.byKind.set(kind, (list = []));
      }
      list.push(o);
    }
  }

  /** Pod-template objects that no other object of the input controls (Deployments, not their ReplicaSets and Pods). */
  get workloads(): readonly KubeObjectFact[] {
    return this.workloadsIndexed().list;
  }

  private workloadsIndexed(): NonNullable<KubeIndex["workloadIndex"]> {
    if (this.workloadIndex) return this.workloadIndex;
    const list: KubeObjectFact[] = [];
    const controlled = new Set<KubeObjectFact>();
    const buckets = new Map<string, LabelBucket>();
    // In input order: rules report workloads in that order.
    const objects = this.objects;
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i] as KubeObjectFact;
      if (!TEMPLATE_KINDS.has(o.kind)) continue;
      // Controlled objects (a Deployment's ReplicaSets and Pods) are judged through their controller.
      if (this.isControlledByPresentOwner(o)) controlled.add(o);
      else list.push(o);
    }
    for (const o of list) {
      const pod = podOf(o);
      if (!pod) continue;
      const ns = namespaceOf(o);
      let bucket = buckets.get(ns);
      if (!bucket) {
        bucket = { all: [], byLabel: new Map() };
        buckets.set(ns, bucket);
      }
      bucket.all.push(o);
      const labels = pod.labels;
      for (const k in labels) {
        if (!Object.hasOwn(labels, k)) continue;
        let values = bucket.byLabel.get(k);
        if (!values) bucket.byLabel.set(k, (values = new Map<string, KubeObjectFact[]>()));
        pushTo(values, labels[k] as string, o);
      }
    }
    return (this.workloadIndex = { list, set: new Set(list), controlled, buckets });
  }

  /** Whether the input holds pod-template workloads in the namespace (a workload namespace). */
  hasWorkloads(namespace: string): boolean {
    return (this.workloadsIndexed().buckets.get(namespace)?.all.length ?? 0) > 0;
  }

  ofKind(kind: string): readonly KubeObjectFact[] {
    return this.byKind.get(kind) ?? NONE;
  }

  inNamespace(kind: string, namespace: string): readonly KubeObjectFact[] {
    let byNs = this.byKindNs.get(kind);
    if (!byNs) {
      byNs = new Map();
      for (const o of this.ofKind(kind)) pushTo(byNs, namespaceOf(o), o);
      this.byKindNs.set(kind, byNs);
    }
    return byNs.get(namespace) ?? NONE;
  }

  get(kind: string, namespace: string | undefined, name: string): KubeObjectFact | undefined {
    let names = this.byName.get(kind);
    if (!names) {
      names = new Map();
      const clusterScoped = isClusterScoped(kind);
      for (const o of this.ofKind(kind)) {
        const scope = clusterScoped ? "" : (o.namespace ?? "default");
        let inScope = names.get(scope);
        if (!inScope) names.set(scope, (inScope = new Map<string, KubeObjectFact>()));
        // The last of duplicates wins, as a later `kubectl apply` of the same object would.
        inScope.set(o.name, o);
      }
      this.byName.set(kind, names);
    }
    return names.get(isClusterScoped(kind) ? "" : (namespace ?? "default"))?.get(name);
  }

  /**
   * `isControlledByPresentOwner` for pod-template objects, answered from the workload index (worked out
   * once for every object there) instead of following the owner references again.
   */
  isControlled(fact: KubeObjectFact): boolean {
    const w = this.workloadsIndexed();
    if (w.controlled.has(fact)) return true;
    if (w.set.has(fact)) return false;
    return this.isControlledByPresentOwner(fact);
  }

  /** Whether an owner reference marked `controller` names an object of the input. */
  isControlledByPresentOwner(fact: KubeObjectFact): boolean {
    const refs = arrAt((fact.object.metadata as Record<string, unknown> | undefined)?.ownerReferences);
    for (const r of refs) {
      if (!isObj(r) || r.controller !== true) continue;
      const kind = strAt(r.kind);
      const name = strAt(r.name);
      if (kind && name && this.get(kind, fact.namespace, name)) return true;
    }
    return false;
  }

  /** Top-level workloads in `namespace` whose pod template labels the selector selects. */
  workloadsSelectedBy(namespace: string, selector: LabelSelector): readonly KubeObjectFact[] {
    const bucket = this.workloadsIndexed().buckets.get(namespace);
    if (!bucket) return NONE;
    let candidates = bucket.all;
    let labels = 0;
    const match = selector.matchLabels;
    for (const k in match) {
      if (!Object.hasOwn(match, k)) continue;
      const list = bucket.byLabel.get(k)?.get(match[k] as string);
      if (!list) return NONE;
      if (list.length < candidates.length) candidates = list;
      labels++;
    }
    // Shared, read-only: callers only read. An empty selector asks for every workload (per policy); a
    // single label's list is exactly the workloads that carry it.
    if (selector.matchExpressions.length === 0 && labels <= 1) return candidates;
    return candidates.filter((w) => {
      const pod = podOf(w);
      return pod !== undefined && selectorMatches(selector, pod.labels);
    });
  }

  /**
   * Objects of `kind` (PodDisruptionBudget, NetworkPolicy, Service) whose selector selects the pods
   * of `workload`. Computed once per kind for all workloads.
   */
  selecting(
    kind: "PodDisruptionBudget" | "NetworkPolicy" | "Service",
    workload: KubeObjectFact,
  ): readonly KubeObjectFact[] {
    let map = this.coverage.get(kind);
    if (!map) {
      map = new Map();
      for (const sel of this.ofKind(kind)) {
        const selected = this.selectedBy(sel);
        if (selected) for (const w of selected) pushTo(map, w, sel);
      }
      this.coverage.set(kind, map);
    }
    return map.get(workload) ?? NONE;
  }

  /**
   * The workloads the selector of `sel` (a PodDisruptionBudget, NetworkPolicy or Service) selects in its
   * namespace; undefined when it has no selector. Worked out once per object: the coverage above and
   * several rules ask about the same Services and budgets.
   */
  selectedBy(sel: KubeObjectFact): readonly KubeObjectFact[] | undefined {
    let selected = this.selections.get(sel);
    if (selected === undefined) {
      const selector = selectorOf(sel);
      selected = selector ? this.workloadsSelectedBy(namespaceOf(sel), selector) : null;
      this.selections.set(sel, selected);
    }
    return selected ?? undefined;
  }

  /** HorizontalPodAutoscalers whose `scaleTargetRef` names this object. */
  hpasFor(fact: KubeObjectFact): readonly KubeObjectFact[] {
    if (!this.hpaTargets) {
      this.hpaTargets = new Map();
      for (const hpa of this.ofKind("HorizontalPodAutoscaler")) {
        const ref = (hpa.object.spec as Record<string, unknown> | undefined)?.scaleTargetRef;
        if (!isObj(ref)) continue;
        const kind = strAt(ref.kind);
        const name = strAt(ref.name);
        if (kind && name) pushTo(this.hpaTargets, key(kind, namespaceOf(hpa), name), hpa);
      }
    }
    // Most inputs have no HPA: no key to build per question.
    if (this.hpaTargets.size === 0) return NONE;
    return this.hpaTargets.get(key(fact.kind, namespaceOf(fact), fact.name)) ?? NONE;
  }
}

/** The pod selector of a PDB, NetworkPolicy or Service; undefined when it selects nothing by design. */
export function selectorOf(fact: KubeObjectFact): LabelSelector | undefined {
  switch (fact.kind) {
    case "PodDisruptionBudget":
      return pdbSelector(fact.object);
    case "NetworkPolicy":
      return networkPolicySelector(fact.object);
    case "Service":
      return serviceSelector(fact.object);
    default:
      return undefined;
  }
}

// One reader per kind: each property read sees one kind's objects, so V8 compiles it once for their
// shapes instead of recompiling a shared reader when the next kind turns up.
function pdbSelector(object: Record<string, unknown>): LabelSelector | undefined {
  const spec = object.spec;
  return isObj(spec) ? parseSelector(spec.selector) : undefined;
}

function networkPolicySelector(object: Record<string, unknown>): LabelSelector | undefined {
  const spec = object.spec;
  return isObj(spec) ? parseSelector(spec.podSelector) : undefined;
}

function serviceSelector(object: Record<string, unknown>): LabelSelector | undefined {
  const spec = object.spec;
  return isObj(spec) ? mapSelector(spec.selector) : undefined;
}

/**
 * The index rides on the Facts object itself (a non-enumerable symbol property): rules ask for it once
 * per subject, and a property read is cheaper than a WeakMap or WeakRef lookup. Frozen facts fall back
 * to a WeakMap.
 */
const INDEX = Symbol("akskit.kubeIndex");
type WithIndex = Facts & { [INDEX]?: KubeIndex };
const frozen = new WeakMap<Facts, KubeIndex>();

/** The index of `facts.kubeObjects`, built once per Facts object. */
export function kubeIndex(facts: Facts): KubeIndex {
  const held = (facts as WithIndex)[INDEX];
  if (held) return held;
  let index = frozen.get(facts);
  if (index) return index;
  index = new KubeIndex(facts.kubeObjects);
  if (Object.isExtensible(facts)) Object.defineProperty(facts, INDEX, { value: index });
  else frozen.set(facts, index);
  return index;
}

/**
 * Whether the input describes the namespace well enough to call a missing `kind` missing: it holds
 * the Namespace object or at least one object of that kind there. Audits of a single file then do
 * not report references to objects that simply live in other files.
 */
export function namespaceInventoried(index: KubeIndex, kind: string, namespace: string): boolean {
  return (
    index.inNamespace(kind, namespace).length > 0 ||
    index.get("Namespace", undefined, namespace) !== undefined
  );
}
