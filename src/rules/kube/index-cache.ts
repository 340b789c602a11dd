/**
 * One index of the Kubernetes objects per Facts value, built on first use and shared by every
 * cross-object rule (a WeakMap keyed by the Facts object), so relations cost a lookup instead of a
 * scan of all objects per subject.
 */
import type { Facts, KubeObjectFact } from "../../audit/facts.js";
import { POD_TEMPLATE_KINDS } from "../../audit/engine.js";
import { arrAt, isObj, namespaceOf, podOf, strAt } from "./pod.js";
import type { LabelSelector } from "./selectors.js";
import { isEmptySelector, mapSelector, parseSelector, selectorMatches } from "./selectors.js";
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

interface LabelBucket {
  all: KubeObjectFact[];
  byPair: Map<string, KubeObjectFact[]>;
}

/** kind → namespace ("" for cluster-scoped kinds) → name → object: nested maps, no key strings to build. */
type ByName = Map<string, Map<string, Map<string, KubeObjectFact>>>;

const NONE: readonly KubeObjectFact[] = [];

export class KubeIndex {
  private readonly byName: ByName = new Map();
  private readonly byKind = new Map<string, KubeObjectFact[]>();
  /** kind → namespace → objects. */
  private readonly byKindNs = new Map<string, Map<string, KubeObjectFact[]>>();
  private readonly labelBuckets = new Map<string, LabelBucket>();
  private readonly coverage = new Map<string, Map<KubeObjectFact, KubeObjectFact[]>>();
  private hpaTargets: Map<string, KubeObjectFact[]> | undefined;
  /** Pod-template objects that no other object of the input controls (Deployments, not their ReplicaSets and Pods). */
  readonly workloads: KubeObjectFact[] = [];

  constructor(readonly objects: readonly KubeObjectFact[]) {
    for (const o of objects) {
      let names = this.byName.get(o.kind);
      if (!names) this.byName.set(o.kind, (names = new Map<string, Map<string, KubeObjectFact>>()));
      const scope = isClusterScoped(o.kind) ? "" : (o.namespace ?? "default");
      let inScope = names.get(scope);
      if (!inScope) names.set(scope, (inScope = new Map<string, KubeObjectFact>()));
      // The last of duplicates wins, as a later `kubectl apply` of the same object would.
      inScope.set(o.name, o);
      pushTo(this.byKind, o.kind, o);
      let byNs = this.byKindNs.get(o.kind);
      if (!byNs) this.byKindNs.set(o.kind, (byNs = new Map<string, KubeObjectFact[]>()));
      pushTo(byNs, namespaceOf(o), o);
    }
    const templateKinds = new Set(POD_TEMPLATE_KINDS);
    for (const o of objects) {
      if (!templateKinds.has(o.kind)) continue;
      // Controlled objects (a Deployment's ReplicaSets and Pods) are judged through their controller.
      if (this.isControlledByPresentOwner(o)) continue;
      this.workloads.push(o);
      const pod = podOf(o);
      if (!pod) continue;
      const ns = namespaceOf(o);
      let bucket = this.labelBuckets.get(ns);
      if (!bucket) {
        bucket = { all: [], byPair: new Map() };
        this.labelBuckets.set(ns, bucket);
      }
      bucket.all.push(o);
      const labels = pod.labels;
      for (const k in labels) if (Object.hasOwn(labels, k)) pushTo(bucket.byPair, `${k}=${labels[k]}`, o);
    }
  }

  /** Whether the input holds pod-template workloads in the namespace (a workload namespace). */
  hasWorkloads(namespace: string): boolean {
    return (this.labelBuckets.get(namespace)?.all.length ?? 0) > 0;
  }

  ofKind(kind: string): readonly KubeObjectFact[] {
    return this.byKind.get(kind) ?? [];
  }

  inNamespace(kind: string, namespace: string): readonly KubeObjectFact[] {
    return this.byKindNs.get(kind)?.get(namespace) ?? [];
  }

  get(kind: string, namespace: string | undefined, name: string): KubeObjectFact | undefined {
    const scope = isClusterScoped(kind) ? "" : (namespace ?? "default");
    return this.byName.get(kind)?.get(scope)?.get(name);
  }

  /** True when an owner reference marked `controller: true` names an object present in the input. */
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
    const bucket = this.labelBuckets.get(namespace);
    if (!bucket) return NONE;
    let candidates = bucket.all;
    const match = selector.matchLabels;
    for (const k in match) {
      if (!Object.hasOwn(match, k)) continue;
      const list = bucket.byPair.get(`${k}=${match[k]}`);
      if (!list) return NONE;
      if (list.length < candidates.length) candidates = list;
    }
    // Shared, read-only: callers only read (an empty selector asks for every workload, per policy).
    if (isEmptySelector(selector)) return candidates;
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
        const selector = selectorOf(sel);
        if (!selector) continue;
        for (const w of this.workloadsSelectedBy(namespaceOf(sel), selector)) pushTo(map, w, sel);
      }
      this.coverage.set(kind, map);
    }
    return map.get(workload) ?? [];
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
    return this.hpaTargets.get(key(fact.kind, namespaceOf(fact), fact.name)) ?? [];
  }
}

/** The pod selector of a PDB, NetworkPolicy or Service; undefined when it selects nothing by design. */
export function selectorOf(fact: KubeObjectFact): LabelSelector | undefined {
  const spec = fact.object.spec;
  if (!isObj(spec)) return undefined;
  switch (fact.kind) {
    case "PodDisruptionBudget":
      return parseSelector(spec.selector);
    case "NetworkPolicy":
      return parseSelector(spec.podSelector);
    case "Service":
      return mapSelector(spec.selector);
    default:
      return undefined;
  }
}

const cache = new WeakMap<Facts, KubeIndex>();
/** The last lookup, checked first: rules ask for the same Facts millions of times in one audit. */
let last: { facts: WeakRef<Facts>; index: WeakRef<KubeIndex> } | undefined;

/** The index of `facts.kubeObjects`, built once per Facts object. */
export function kubeIndex(facts: Facts): KubeIndex {
  if (last && last.facts.deref() === facts) {
    const hit = last.index.deref();
    if (hit) return hit;
  }
  let index = cache.get(facts);
  if (!index) {
    index = new KubeIndex(facts.kubeObjects);
    cache.set(facts, index);
  }
  last = { facts: new WeakRef(facts), index: new WeakRef(index) };
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
