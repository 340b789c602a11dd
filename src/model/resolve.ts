/**
 * Spec + environment → ClusterModel. Merges preset ← spec ← environment leaf by leaf and records where
 * each value came from; lists are replaced, not merged. Pure: no I/O, no validation (validate.ts checks
 * the result and reports problems with their spec locations).
 */
import { cidr, formatIp, size } from "../net/cidr.js";
import { PRESETS, WORKLOAD_DEFAULTS } from "../spec/presets.js";
import type { EnvironmentSpecT, NodePool, PlatformDocumentT, PresetName, Settings } from "../spec/schema.js";
import { buildNames } from "./names.js";
import { layoutNetwork, surgeNodes } from "./network.js";
import { pairedRegion } from "./regions.js";
import type {
  ClusterModel,
  Origin,
  PlatformModel,
  ResolvedNamespace,
  ResolvedNodePool,
  ResolvedWorkload,
} from "./types.js";

const SETTINGS_KEYS: readonly (keyof Settings)[] = [
  "tier",
  "kubernetesVersion",
  "network",
  "apiServer",
  "identity",
  "ingress",
  "registry",
  "keyVault",
  "observability",
  "policy",
  "backup",
  "upgrades",
  "security",
  "gitops",
  "autoscaler",
  "nodePoolDefaults",
];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Records `origin` for every leaf under `value` at `prefix`. */
function recordLeaves(value: unknown, prefix: string, origin: Origin, origins: Record<string, Origin>): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value))
      recordLeaves(v, prefix ? `${prefix}.${k}` : k, origin, origins);
  } else {
    origins[prefix] = origin;
  }
}

/** Deep-merges `override` into `target` (mutating it), recording the origin of each overridden leaf. */
function mergeInto(
  target: Record<string, unknown>,
  override: Record<string, unknown>,
  prefix: string,
  origin: Origin,
  origins: Record<string, Origin>,
): void {
  for (const [k, v] of Object.entries(override)) {
    if (v === undefined) continue;
    const path = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v) && isPlainObject(target[k])) {
      mergeInto(target[k], v, path, origin, origins);
    } else {
      target[k] = clone(v);
      recordLeaves(v, path, origin, origins);
    }
  }
}

function pickSettings(source: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of SETTINGS_KEYS) {
    const v = (source as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function environmentNames(doc: PlatformDocumentT): string[] {
  const envs = doc.spec.environments;
  return envs && Object.keys(envs).length > 0
    ? Object.keys(envs)
    : [...PRESETS[doc.spec.preset].environments];
}

export function resolvePlatform(doc: PlatformDocumentT, specFile: string): PlatformModel {
  const envs = environmentNames(doc);
  return {
    name: doc.metadata.name,
    specFile,
    preset: doc.spec.preset,
    clusters: envs.map((env, index) => resolveEnvironment(doc, specFile, env, index, envs)),
  };
}

export function resolveEnvironment(
  doc: PlatformDocumentT,
  specFile: string,
  env: string,
  index: number,
  envs: string[],
): ClusterModel {
  const spec = doc.spec;
  const presetName: PresetName = spec.preset;
  const preset = PRESETS[presetName];
  const envSpec: EnvironmentSpecT = spec.environments?.[env] ?? {};
  const origins: Record<string, Origin> = {};

  const settings = clone(preset.settings) as unknown as Record<string, unknown>;
  recordLeaves(settings, "", { kind: "preset", preset: presetName }, origins);
  mergeInto(settings, pickSettings(spec), "", { kind: "spec" }, origins);
  mergeInto(settings, pickSettings(envSpec), "", { kind: "environment", environment: env }, origins);
  const resolved = settings as unknown as Settings;

  // Each environment gets its own spoke: unless the environment sets one, shift the spec's spoke by the
  // environment's index so that spokes peered to one hub never overlap.
  if (envSpec.network?.spokeAddressSpace === undefined && index > 0) {
    const base = cidr(resolved.network.spokeAddressSpace);
    const shifted = base.network + index * size(base);
    if (shifted <= 0xffffffff) {
      resolved.network.spokeAddressSpace = `${formatIp(shifted >>> 0)}/${base.prefix}`;
      origins["network.spokeAddressSpace"] = {
        kind: "derived",
        reason: `the spec's spoke ${base.text} shifted by ${index} × /${base.prefix} for environment #${index + 1}`,
      };
    }
  }

  const location = envSpec.location ?? spec.location;
  origins.location = envSpec.location ? { kind: "environment", environment: env } : { kind: "spec" };

  // The regulated preset replicates the registry to the paired region unless the spec chooses regions
  // (seed 003 "Multiple regions": the registry is geo-replicated to every region that runs the workload).
  const replicasOrigin = origins["registry.geoReplicas"];
  const pair = pairedRegion(location);
  if (
    presetName === "regulated" &&
    replicasOrigin?.kind === "preset" &&
    resolved.registry.geoReplicas.length === 0 &&
    pair
  ) {
    resolved.registry.geoReplicas = [pair];
    origins["registry.geoReplicas"] = {
      kind: "derived",
      reason: `the paired region of ${location} (regulated preset)`,
    };
  }

  const nodePools = resolveNodePools(spec.nodePools, presetName, envSpec, env, resolved, origins);
  const namespaces = (spec.namespaces ?? []).map((ns) => resolveNamespace(ns, resolved));
  const workloads = (spec.workloads ?? []).map((w) =>
    resolveWorkload(w, envSpec, namespaces, resolved, presetName),
  );
  const tags: Record<string, string> = {
    environment: env,
    "managed-by": "akskit",
    platform: doc.metadata.name,
    ...(doc.metadata.owner ? { owner: doc.metadata.owner } : {}),
    ...(doc.metadata.costCenter ? { costCenter: doc.metadata.costCenter } : {}),
    ...(spec.tags ?? {}),
  };

  return {
    platform: {
      name: doc.metadata.name,
      specFile,
      ...(doc.metadata.owner ? { owner: doc.metadata.owner } : {}),
      ...(doc.metadata.costCenter ? { costCenter: doc.metadata.costCenter } : {}),
    },
    environment: env,
    environments: envs,
    preset: presetName,
    location,
    tags,
    settings: resolved,
    origins,
    names: buildNames(doc.metadata.name, env),
    network: layoutNetwork(resolved, nodePools, resolved.network.spokeAddressSpace),
    nodePools,
    namespaces,
    workloads,
  };
}

const SYSTEM_TAINT = "CriticalAddonsOnly=true:NoSchedule";
const SPOT_TAINT = "kubernetes.azure.com/scalesetpriority=spot:NoSchedule";
const GPU_TAINT = "sku=gpu:NoSchedule";

function resolveNodePools(
  specPools: NodePool[] | undefined,
  presetName: PresetName,
  envSpec: EnvironmentSpecT,
  env: string,
  settings: Settings,
  origins: Record<string, Origin>,
): ResolvedNodePool[] {
  const baseOrigin: Origin = specPools ? { kind: "spec" } : { kind: "preset", preset: presetName };
  const pools = new Map<string, Partial<NodePool>>();
  for (const p of specPools ?? PRESETS[presetName].nodePools) {
    pools.set(p.name, clone(p));
    recordLeaves(p, `nodePools.${p.name}`, baseOrigin, origins);
  }
  for (const [name, override] of Object.entries(envSpec.nodePools ?? {})) {
    const existing = pools.get(name) ?? { name };
    pools.set(name, { ...existing, ...clone(override) });
    recordLeaves(override, `nodePools.${name}`, { kind: "environment", environment: env }, origins);
  }
  const d = settings.nodePoolDefaults;
  const out: ResolvedNodePool[] = [];
  for (const p of pools.values()) {
    // An environment-only pool without its required fields is reported by validation; skip it here.
    if (p.mode === undefined || p.vmSize === undefined || p.min === undefined || p.max === undefined)
      continue;
    const spot = p.priority === "Spot";
    const taints = [...(p.taints ?? [])];
    const addTaint = (t: string) => {
      const key = t.split(/[=:]/)[0];
      if (!taints.some((x) => x.split(/[=:]/)[0] === key)) taints.push(t);
    };
    // seed 003 "Configure compute": the System pool is tainted so only critical add-ons run there.
    if (p.mode === "System") addTaint(SYSTEM_TAINT);
    // AKS taints spot nodes; workloads must tolerate it (learn.microsoft.com/azure/aks/spot-node-pool).
    if (spot) addTaint(SPOT_TAINT);
    // seed 000 "Node pools y scaling": GPU pools are tainted so only GPU workloads land there.
    if (p.gpu) addTaint(GPU_TAINT);
    const labels = { ...(p.labels ?? {}), ...(p.gpu ? { accelerator: "nvidia" } : {}) };
    const maxSurge = p.maxSurge ?? settings.upgrades.maxSurge;
    const pool: ResolvedNodePool = {
      name: p.name!,
      mode: p.mode,
      vmSize: p.vmSize,
      min: p.min,
      max: p.max,
      zones: p.zones ?? d.zones,
      osSku: p.osSku ?? d.osSku,
      maxPods: p.maxPods ?? d.maxPods,
      osDiskType: p.osDiskType ?? d.osDiskType,
      osDiskSizeGb: p.osDiskSizeGb ?? d.osDiskSizeGb,
      priority: p.priority ?? "Regular",
      taints,
      labels,
      gpu: p.gpu ?? false,
      maxSurge,
      subnet: p.mode === "System" ? "systemNodes" : "userNodes",
      // Spot pools cannot surge (AKS upgrades them in place); regular pools surge by maxSurge of max.
      surgeNodes: spot ? 0 : surgeNodes(maxSurge, p.max),
      ...(spot ? { evictionPolicy: p.evictionPolicy ?? "Delete", spotMaxPrice: p.spotMaxPrice ?? -1 } : {}),
    };
    out.push(pool);
  }
  return out;
}

function resolveNamespace(
  ns: NonNullable<PlatformDocumentT["spec"]["namespaces"]>[number],
  settings: Settings,
): ResolvedNamespace {
  const quota = ns.quota
    ? {
        cpu: ns.quota.cpu,
        memory: ns.quota.memory,
        pods: ns.quota.pods,
        // seed 001 "ResourceQuota": limits are twice the requests (4 CPU requests, 8 CPU limits).
        limitsCpu: ns.quota.limitsCpu ?? doubleQuantity(ns.quota.cpu),
        limitsMemory: ns.quota.limitsMemory ?? doubleQuantity(ns.quota.memory),
      }
    : undefined;
  return {
    name: ns.name,
    team: ns.team,
    podSecurity: ns.podSecurity ?? settings.policy.podSecurity,
    ...(quota ? { quota } : {}),
    limits: ns.limits ?? { ...WORKLOAD_DEFAULTS.limitRange },
    labels: ns.labels ?? {},
  };
}

/** "4" → "8", "8Gi" → "16Gi", "500m" → "1000m". */
export function doubleQuantity(q: string): string {
  const m = /^([0-9]+(?:\.[0-9]+)?)(.*)$/.exec(q);
  if (!m) return q;
  const n = Number(m[1]) * 2;
  return `${Number.isInteger(n) ? n : n.toFixed(3).replace(/0+$/, "")}${m[2]}`;
}

function resolveWorkload(
  w: NonNullable<PlatformDocumentT["spec"]["workloads"]>[number],
  envSpec: EnvironmentSpecT,
  namespaces: ResolvedNamespace[],
  settings: Settings,
  preset: PresetName,
): ResolvedWorkload {
  const o = envSpec.workloads?.[w.name];
  const defaults = WORKLOAD_DEFAULTS;
  const baseMin = w.replicas?.min ?? defaults.replicas[preset].min;
  const baseMax = w.replicas?.max ?? Math.max(baseMin, defaults.replicas[preset].max);
  const min = o?.replicas?.min ?? baseMin;
  const max = Math.max(min, o?.replicas?.max ?? baseMax);
  const cpuTarget = o?.replicas?.cpuTarget ?? w.replicas?.cpuTarget ?? defaults.cpuTarget;
  const memoryTarget = o?.replicas?.memoryTarget ?? w.replicas?.memoryTarget;
  const res = { ...defaults.resources, ...(w.resources ?? {}), ...(o?.resources ?? {}) };
  const image = o?.tag ? retag(w.image, o.tag) : w.image;
  const ingress = w.ingress ? { host: o?.host ?? w.ingress.host, path: w.ingress.path ?? "/" } : undefined;
  const team = namespaces.find((n) => n.name === w.namespace)?.team ?? w.namespace;
  return {
    name: w.name,
    namespace: w.namespace,
    image,
    port: w.port,
    replicas: { min, max, cpuTarget, ...(memoryTarget !== undefined ? { memoryTarget } : {}) },
    resources: {
      cpu: res.cpu,
      memory: res.memory,
      ...(res.cpuLimit ? { cpuLimit: res.cpuLimit } : {}),
      // Memory limit equal to the request avoids OOM kills from overcommit (seed 004 "Resources").
      memoryLimit: res.memoryLimit ?? res.memory,
    },
    health: {
      path: w.health?.path ?? defaults.healthPath,
      livenessPath: w.health?.livenessPath ?? w.health?.path ?? defaults.healthPath,
      startupSeconds: w.health?.startupSeconds ?? 0,
    },
    ...(ingress ? { ingress } : {}),
    ...(w.identity ? { identity: { roles: w.identity.roles.map((r) => ({ ...r })) } } : {}),
    secrets: w.secrets ?? [],
    secretEnv: w.secretEnv ?? {},
    env: { ...(w.env ?? {}), ...(o?.env ?? {}) },
    allowFrom: w.allowFrom ?? [],
    ...(w.nodePool ? { nodePool: w.nodePool } : {}),
    // A PDB on a single replica blocks every drain; only multi-replica workloads get one.
    ...(min > 1 ? { pdb: { maxUnavailable: w.pdb?.maxUnavailable ?? 1 } } : {}),
    ...(w.metrics ? { metrics: { ...w.metrics } } : {}),
    slo: { availability: w.slo?.availability ?? settings.observability.slo.availability },
    team,
  };
}

/** Replaces the tag of an image reference (keeps the registry and repository, drops a digest). */
export function retag(image: string, tag: string): string {
  const noDigest = image.split("@")[0]!;
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
  return `${repo}:${tag}`;
}
