/**
 * The normalized facts every audit input is loaded into (DESIGN.md, "Architecture"). Rules read only
 * these, never raw files, so one rule judges ARM templates, `az aks show` JSON, Terraform, Kubernetes
 * manifests, live objects and akskit's own generated output alike.
 *
 * Azure objects are kept in ARM shape (`{ type, apiVersion, name, location, sku, identity, properties }`
 * as the ARM REST API and templates spell them); loaders for other shapes (az CLI JSON, Terraform)
 * translate into it and give a locator that maps ARM key paths back to their own source positions.
 */
import type { SourceLocation } from "../errors.js";

export type InputKind =
  "arm" | "az-json" | "terraform" | "kubernetes" | "live-kubernetes" | "live-azure" | "spec";

/** A key path inside an object: property names and array indexes. */
export type KeyPath = readonly (string | number)[];

/**
 * Maps a key path inside a fact's object to where it is written in the source. `formatted` is
 * `formatKeyPath(path)` when the caller has it already (the engine formats each path once).
 */
export type Locator = (path: KeyPath, formatted?: string) => SourceLocation;

/**
 * A value that the loader could not evaluate (an ARM expression such as `[parameters('x')]` without a
 * value, a Terraform reference). Rules treat it as "don't know": they neither pass nor fail on it.
 */
export class Unknown {
  constructor(readonly expression: string) {}
  toString(): string {
    return this.expression;
  }
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

interface FactBase {
  /** Stable identity used in findings, baselines and fingerprints, e.g. `managedClusters/aks-x` or `apps/v1/Deployment/ns/name`. */
  id: string;
  /** Where the fact came from: the file (or API path for live objects) and what kind of input it was. */
  source: { file: string; kind: InputKind };
  locate: Locator;
}

/** ARM-shaped Azure resource, e.g. a Microsoft.Network/virtualNetworks or Microsoft.KeyVault/vaults resource. */
export interface AzureResourceFact extends FactBase {
  type: string;
  apiVersion?: string;
  name: string;
  resource: ArmResource;
}

export interface ArmResource {
  type?: string;
  apiVersion?: string;
  name?: string | Unknown;
  location?: string | Unknown;
  sku?: Record<string, unknown>;
  identity?: Record<string, unknown>;
  tags?: Record<string, unknown>;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * A node pool, whether declared inline in `properties.agentPoolProfiles` or as a child
 * `managedClusters/agentPools` resource / `azurerm_kubernetes_cluster_node_pool`. `properties` has the
 * ARM agent pool profile shape (`mode`, `vmSize`, `count`, `minCount`, `maxCount`, `enableAutoScaling`,
 * `availabilityZones`, `osDiskType`, `maxPods`, `nodeTaints`, `upgradeSettings`, `scaleSetPriority`...).
 * `locate` paths are relative to `properties`.
 */
export interface AgentPoolFact extends FactBase {
  name: string;
  clusterId: string;
  properties: Record<string, unknown>;
}

/** A managed cluster in ARM shape; `agentPools` holds every pool, inline or child. */
export interface ManagedClusterFact extends FactBase {
  name: string;
  resource: ArmResource;
  agentPools: AgentPoolFact[];
}

/**
 * A Kubernetes object as written (YAML/JSON) or read from the API. The factories below give every fact
 * the same properties in the same order (`namespace` and `derived` present even when undefined), so
 * V8 sees one object shape: the rules' hot code stays monomorphic on facts and is not recompiled
 * when a second shape turns up.
 */
export interface KubeObjectFact extends FactBase {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  object: Record<string, unknown>;
  /**
   * Views rules derive from the object and keep for the audit (the pod view of rules/kube/pod.ts),
   * made on first use; undefined until then.
   */
  derived?: unknown;
}

export interface Facts {
  clusters: ManagedClusterFact[];
  azureResources: AzureResourceFact[];
  kubeObjects: KubeObjectFact[];
}

export function emptyFacts(): Facts {
  return { clusters: [], azureResources: [], kubeObjects: [] };
}

/** Locator for objects that have no file (built in memory, e.g. by tests): path only. */
export function memoryLocator(file: string, prefix: KeyPath = []): Locator {
  return (path) => ({ file, line: 1, column: 1, path: formatKeyPath([...prefix, ...path]) });
}

/** `["spec", "containers", 0, "image"]` → `spec.containers[0].image`. */
export function formatKeyPath(path: KeyPath): string {
  let out = "";
  for (let i = 0; i < path.length; i++) {
    const p = path[i] as string | number;
    if (typeof p === "number") out += `[${p}]`;
    else if (isPlainKey(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

/** `^[A-Za-z_$][\w$-]*$` without a regular expression: called for every segment of every finding. */
function isPlainKey(p: string): boolean {
  if (p.length === 0) return false;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24;
    if (letter) continue;
    if (i > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x2d)) continue;
    return false;
  }
  return true;
}

/** Identity of a Kubernetes object in findings: `Deployment/payments/api` or `Namespace/payments`. */
export function kubeObjectId(kind: string, name: string, namespace?: string): string {
  return namespace ? `${kind}/${namespace}/${name}` : `${kind}/${name}`;
}

/** Builds a Kubernetes fact from an in-memory object (tests, live reads without positions). */
export function kubeFact(object: Record<string, unknown>, file = "<memory>"): KubeObjectFact {
  const metadata = (object.metadata ?? {}) as Record<string, unknown>;
  const kind = str(object.kind);
  const name = str(metadata.name);
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace : undefined;
  return {
    id: kubeObjectId(kind, name, namespace),
    source: { file, kind: "kubernetes" },
    locate: memoryLocator(file),
    apiVersion: str(object.apiVersion),
    kind,
    name,
    namespace,
    object,
    derived: undefined,
  };
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}
