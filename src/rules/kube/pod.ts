/**
 * Pod specs and containers of every pod-template-bearing kind, with the key paths where they sit in
 * the object. Rules read manifests through these helpers so a Deployment, a CronJob and a bare Pod
 * are judged alike and every finding points at the exact field.
 */
import type { KeyPath, KubeObjectFact } from "../../audit/facts.js";
import { isUnknown } from "../../audit/facts.js";
import type { ImageRef } from "./images.js";
import { parseImage } from "./images.js";

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isUnknown(v);
}

export function objAt(v: unknown): Obj | undefined {
  return isObj(v) ? v : undefined;
}

export function arrAt(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

export function strAt(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function numAt(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** The value at `path` inside `root`, or undefined when any step is missing. */
export function getPath(root: unknown, path: KeyPath): unknown {
  let cur: unknown = root;
  // Indexed loops in the helpers every rule calls: no iterator objects, whatever tier runs them.
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    if (typeof cur !== "object" || cur === null) return undefined;
    if (typeof key === "number") {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[key];
    } else {
      if (Array.isArray(cur) || isUnknown(cur)) return undefined;
      cur = (cur as Record<string, unknown>)[key];
    }
  }
  return cur;
}

/** String-valued entries of a labels/annotations/selector map. */
export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    const val = v[k];
    if (typeof val === "string") out[k] = val;
    else if (typeof val === "number" || typeof val === "boolean") out[k] = String(val);
  }
  return out;
}

export function labelsOf(object: Obj): Record<string, string> {
  return stringMap(objAt(object.metadata)?.labels);
}

export function annotationsOf(object: Obj): Record<string, string> {
  return stringMap(objAt(object.metadata)?.annotations);
}

/**
 * A pod spec found inside a workload, with where it and its metadata sit in the object. Built once per
 * object and kept for the whole audit, so it stays small: paths are shared per kind, label and
 * annotation maps are built on first use.
 */
export class PodView {
  private labelMap: Record<string, string> | undefined;
  private annotationMap: Record<string, string> | undefined;
  /** Container views per requested kind list, filled by `containersOf` (usually one or two lists). */
  containerLists: [readonly ContainerKind[], ContainerView[]][] = [];

  constructor(
    readonly spec: Obj,
    readonly specPath: KeyPath,
    /** Template metadata (the object's own metadata for a bare Pod). */
    readonly meta: Obj,
    readonly metaPath: KeyPath,
  ) {}

  get labels(): Record<string, string> {
    return (this.labelMap ??= stringMap(this.meta.labels));
  }

  get annotations(): Record<string, string> {
    return (this.annotationMap ??= stringMap(this.meta.annotations));
  }
}

/** Where the pod template's spec and metadata sit, per kind (shared, never modified). */
const TEMPLATE_PATHS: Record<string, { base: KeyPath; spec: KeyPath; meta: KeyPath }> = {};
for (const [kind, base] of Object.entries({
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
} satisfies Record<string, string[]>)) {
  TEMPLATE_PATHS[kind] = {
    base,
    spec: [...base, "spec"],
    meta: [...base, "metadata"],
  };
}

/**
 * The pod spec of a Pod or of any kind with a pod template; undefined for other kinds or a missing spec.
 * The view is kept on the fact itself (`derived`, declared on every fact), not in a WeakMap: with
 * 100,000 objects in old space and their views in new space, a WeakMap's ephemeron table is rescanned
 * by every young-generation collection. `null` records "no pod spec".
 */
export function podOf(fact: KubeObjectFact): PodView | undefined {
  const cached = fact.derived as PodView | null | undefined;
  if (cached !== undefined) return cached ?? undefined;
  const view = computePod(fact);
  fact.derived = view ?? null;
  return view;
}

/**
 * The pod template's metadata (the object's own for a bare Pod) and where it sits, for a look that
 * needs no pod view: from the cached view when there is one, else read directly. Rules that glance at
 * every object (label values) use this, so the ReplicaSets and Pods the pod rules skip get no view.
 */
export function podMetaOf(fact: KubeObjectFact): { meta: Obj; path: KeyPath } | undefined {
  const cached = fact.derived as PodView | null | undefined;
  if (cached !== undefined) return cached ? { meta: cached.meta, path: cached.metaPath } : undefined;
  const t = templateOf(fact);
  return t && { meta: objAt(t.holder.metadata) ?? {}, path: t.paths.meta };
}

function computePod(fact: KubeObjectFact): PodView | undefined {
  const t = templateOf(fact);
  return t && new PodView(t.spec, t.paths.spec, objAt(t.holder.metadata) ?? {}, t.paths.meta);
}

/** The object that holds the pod `spec` and `metadata` (the template, or a bare Pod), when there is a spec. */
function templateOf(
  fact: KubeObjectFact,
): { holder: Obj; spec: Obj; paths: (typeof TEMPLATE_PATHS)[string] } | undefined {
  const paths = Object.hasOwn(TEMPLATE_PATHS, fact.kind) ? TEMPLATE_PATHS[fact.kind] : undefined;
  if (!paths) return undefined;
  const holder = paths.base.length === 0 ? fact.object : objAt(getPath(fact.object, paths.base));
  const spec = objAt(holder?.spec);
  return holder && spec ? { holder, spec, paths } : undefined;
}

export type ContainerKind = "containers" | "initContainers" | "ephemeralContainers";
export const ALL_CONTAINER_KINDS: readonly ContainerKind[] = [
  "containers",
  "initContainers",
  "ephemeralContainers",
];

/** Regular containers only. */
export const MAIN_CONTAINERS: readonly ContainerKind[] = ["containers"];
/** Regular and init containers (ephemeral debug containers have no resources, ports or probes). */
export const POD_CONTAINERS: readonly ContainerKind[] = ["containers", "initContainers"];

/** One container of a pod view. Views live as long as the audit, so the path is built on demand. */
export class ContainerView {
  readonly name: string;
  /** An init container with `restartPolicy: Always` (a native sidecar) runs for the pod's lifetime. */
  readonly sidecar: boolean;

  constructor(
    readonly container: Obj,
    readonly kind: ContainerKind,
    /** Position in its list (`spec.containers[index]`). */
    readonly index: number,
    private readonly specPath: KeyPath,
  ) {
    this.name = strAt(container.name) ?? `#${index}`;
    this.sidecar = kind === "initContainers" && container.restartPolicy === "Always";
  }

  private ownPath: KeyPath | undefined;
  private parsedImage: ImageRef | null | undefined;

  /** The container's `image` string, or undefined when it is not a string. */
  get imageText(): string | undefined {
    return strAt(this.container.image);
  }

  /** The parsed `image` reference (parsed once, shared by the image rules); undefined when absent or empty. */
  get image(): ImageRef | undefined {
    if (this.parsedImage === undefined) {
      const text = strAt(this.container.image);
      this.parsedImage = (text === undefined ? undefined : parseImage(text)) ?? null;
    }
    return this.parsedImage ?? undefined;
  }

  /** Path of the container inside the object, e.g. `spec.template.spec.containers[0]` (built once, shared, read-only). */
  get path(): KeyPath {
    return (this.ownPath ??= [...this.specPath, this.kind, this.index]);
  }
}

/**
 * Containers of the given kinds in declaration order, with their paths. Computed once per pod view
 * and kind list: dozens of rules walk the same containers, so the views are shared (read-only).
 */
export function containersOf(
  pod: PodView,
  kinds: readonly ContainerKind[] = ALL_CONTAINER_KINDS,
): readonly ContainerView[] {
  const lists = pod.containerLists;
  for (let i = 0; i < lists.length; i++) {
    const entry = lists[i] as [readonly ContainerKind[], ContainerView[]];
    if (entry[0] === kinds) return entry[1];
  }
  return listContainers(pod, kinds);
}

/** The first request for a kind list of a pod (kept out of `containersOf`, which rules call millions of times). */
function listContainers(pod: PodView, kinds: readonly ContainerKind[]): ContainerView[] {
  const lists = pod.containerLists;
  // Every list is drawn from one set of views per pod (all kinds, declaration order).
  let all = lists.length ? (lists[0] as [readonly ContainerKind[], ContainerView[]])[1] : undefined;
  if (!all) {
    all = [];
    for (let k = 0; k < ALL_CONTAINER_KINDS.length; k++) {
      const kind = ALL_CONTAINER_KINDS[k] as ContainerKind;
      const list = arrAt(pod.spec[kind]);
      for (let i = 0; i < list.length; i++) {
        const container = objAt(list[i]);
        if (container) all.push(new ContainerView(container, kind, i, pod.specPath));
      }
    }
    lists.push([ALL_CONTAINER_KINDS, all]);
    if (kinds === ALL_CONTAINER_KINDS) return all;
  }
  let regularOnly = true;
  for (let i = 0; i < all.length; i++)
    if ((all[i] as ContainerView).kind !== "containers") regularOnly = false;
  // Usually every container is a regular one: any list with regular containers is the whole list, kept once.
  if (regularOnly && kinds.includes("containers")) {
    lists.push([kinds, all]);
    return all;
  }
  const out: ContainerView[] = [];
  for (const kind of kinds) for (const c of all) if (c.kind === kind) out.push(c);
  lists.push([kinds, out]);
  return out;
}

/** "container", "init container" or "ephemeral container", for messages. */
export function containerNoun(c: ContainerView): string {
  if (c.kind === "initContainers") return c.sidecar ? "sidecar container" : "init container";
  if (c.kind === "ephemeralContainers") return "ephemeral container";
  return "container";
}

/** Kinds whose pods run to completion: probes and replica rules do not apply. */
export function isBatch(fact: KubeObjectFact): boolean {
  if (fact.kind === "Job" || fact.kind === "CronJob") return true;
  if (fact.kind !== "Pod") return false;
  const policy = getPath(fact.object, ["spec", "restartPolicy"]);
  return policy === "Never" || policy === "OnFailure";
}

/** Namespace used to relate objects; objects written without one land in `default`. */
export function namespaceOf(fact: KubeObjectFact): string {
  return fact.namespace ?? "default";
}

/** A value for messages: strings as they are, anything else as JSON. */
export function show(v: unknown): string {
  return typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
}

/** Namespaces the control plane owns; namespace posture rules skip them. */
export const SYSTEM_NAMESPACES: ReadonlySet<string> = new Set([
  "kube-system",
  "kube-public",
  "kube-node-lease",
]);
