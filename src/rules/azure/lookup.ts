/**
 * Safe reads over ARM-shaped facts. ARM property names are case-insensitive (`enableAzureRBAC` in
 * templates, `enableAzureRbac` in `az` output, `omsagent` / `omsAgent`), so lookups ignore case and
 * return the path as it is spelled in the input, which the locator then finds.
 */
import type {
  AgentPoolFact,
  AzureResourceFact,
  Facts,
  KeyPath,
  ManagedClusterFact,
  Unknown,
} from "../../audit/facts.js";
import { isUnknown } from "../../audit/facts.js";

export interface Lookup {
  /** The value, or undefined when some key on the way is absent. */
  value: unknown;
  /** The path as spelled in the input for the part that exists, then the requested keys. */
  path: KeyPath;
  /** True when the value, or an object on the way, is an unevaluated expression. */
  unknown: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isUnknown(v);
}

export function lookup(root: unknown, path: KeyPath): Lookup {
  let current: unknown = root;
  const actual: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    if (isUnknown(current)) return { value: current, path: [...actual, ...path.slice(i)], unknown: true };
    if (typeof key === "number") {
      if (!Array.isArray(current) || key >= current.length) {
        return { value: undefined, path: [...actual, ...path.slice(i)], unknown: false };
      }
      current = current[key];
      actual.push(key);
      continue;
    }
    if (!isRecord(current)) return { value: undefined, path: [...actual, ...path.slice(i)], unknown: false };
    const spelled =
      key in current ? key : Object.keys(current).find((k) => k.toLowerCase() === key.toLowerCase());
    if (spelled === undefined)
      return { value: undefined, path: [...actual, ...path.slice(i)], unknown: false };
    current = current[spelled];
    actual.push(spelled);
  }
  return { value: current, path: actual, unknown: isUnknown(current) };
}

/** The value at `path`, or undefined. Unknown values are returned as they are. */
export function get(root: unknown, path: KeyPath): unknown {
  return lookup(root, path).value;
}

/** True when the value is, or contains, an unevaluated expression. */
export function hasUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(hasUnknown);
  if (isRecord(value)) return Object.values(value).some(hasUnknown);
  return false;
}

/** Reads a boolean that inputs may spell as a string (`"true"` in add-on config maps). */
export function asBool(value: unknown): boolean | undefined | "unknown" {
  if (isUnknown(value)) return "unknown";
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    if (value.toLowerCase() === "true") return true;
    if (value.toLowerCase() === "false") return false;
  }
  return undefined;
}

/** Reads a number that inputs may spell as a string. */
export function asNumber(value: unknown): number | undefined | "unknown" {
  if (isUnknown(value)) return "unknown";
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

export function eqi(a: unknown, b: string): boolean {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}

/** The cluster a pool belongs to. */
export function clusterOf(pool: AgentPoolFact, facts: Facts): ManagedClusterFact | undefined {
  return facts.clusters.find((c) => c.id === pool.clusterId);
}

export type NetworkMode = "overlay" | "classic" | "kubenet" | "none" | "unknown";

/**
 * How pods get addresses: CNI Overlay (private pod CIDR, /24 per node), classic Azure CNI (pod IPs from
 * the VNet; with a pod subnet, from that subnet), kubenet (pod CIDR with route tables) or BYO CNI.
 * ARM's default plugin, when none is given, is kubenet.
 */
export function networkMode(cluster: ManagedClusterFact): NetworkMode {
  const plugin = get(cluster.resource, ["properties", "networkProfile", "networkPlugin"]);
  const mode = get(cluster.resource, ["properties", "networkProfile", "networkPluginMode"]);
  if (isUnknown(plugin) || isUnknown(mode)) return "unknown";
  if (plugin === undefined || eqi(plugin, "kubenet")) return "kubenet";
  if (eqi(plugin, "none")) return "none";
  if (eqi(plugin, "azure")) return eqi(mode, "overlay") ? "overlay" : "classic";
  return "unknown";
}

export function isSystemPool(pool: AgentPoolFact): boolean | "unknown" {
  const mode = get(pool.properties, ["mode"]);
  if (isUnknown(mode)) return "unknown";
  return eqi(mode, "System");
}

export function isSpotPool(pool: AgentPoolFact): boolean | "unknown" {
  const p = get(pool.properties, ["scaleSetPriority"]);
  if (isUnknown(p)) return "unknown";
  return eqi(p, "Spot");
}

export function autoscales(pool: AgentPoolFact): boolean | "unknown" {
  const v = asBool(get(pool.properties, ["enableAutoScaling"]));
  return v === "unknown" ? "unknown" : v === true;
}

/** The fewest nodes the pool runs: `minCount` with the autoscaler, else `count` (ARM default 1). */
export function minNodes(pool: AgentPoolFact): { value: number; path: KeyPath } | "unknown" {
  const auto = autoscales(pool);
  if (auto === "unknown") return "unknown";
  const key = auto ? "minCount" : "count";
  const found = lookup(pool.properties, [key]);
  const n = asNumber(found.value);
  if (n === "unknown") return "unknown";
  return { value: n ?? 1, path: found.path };
}

/** The most nodes the pool can run: `maxCount` with the autoscaler, else `count` (ARM default 1). */
export function maxNodes(pool: AgentPoolFact): number | "unknown" {
  const auto = autoscales(pool);
  if (auto === "unknown") return "unknown";
  const n = asNumber(get(pool.properties, [auto ? "maxCount" : "count"]));
  if (n === "unknown") return "unknown";
  return n ?? 1;
}

/**
 * Extra nodes a pool adds while upgrading: `upgradeSettings.maxSurge` as a count or a percentage of
 * `nodes` (rounded up, as AKS does). AKS's default for new pools is 10%.
 */
export function surgeNodes(pool: AgentPoolFact, nodes: number): number | "unknown" {
  const v = get(pool.properties, ["upgradeSettings", "maxSurge"]);
  if (isUnknown(v)) return "unknown";
  const text = typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "10%";
  const pct = /^(\d+)%$/.exec(text);
  if (pct) return Math.ceil((nodes * Number(pct[1])) / 100);
  if (/^\d+$/.test(text)) return Number(text);
  return "unknown";
}

/**
 * Max pods per node when unset: 250 for CNI Overlay, 30 for classic Azure CNI, 110 for kubenet
 * (Microsoft Learn, "Configure maximum pods per node").
 */
export function maxPodsOf(pool: AgentPoolFact, mode: NetworkMode): number | "unknown" {
  const n = asNumber(get(pool.properties, ["maxPods"]));
  if (n === "unknown") return "unknown";
  if (n !== undefined) return n;
  return mode === "overlay" ? 250 : mode === "classic" ? 30 : 110;
}

/** Azure resources of one type (case-insensitive). */
export function resourcesOfType(facts: Facts, type: string): AzureResourceFact[] {
  return facts.azureResources.filter((r) => r.type.toLowerCase() === type.toLowerCase());
}

/** The last segment of a resource name (`vnet/subnet` → `subnet`). */
export function leafName(name: string): string {
  const parts = name.split("/");
  return parts[parts.length - 1] ?? name;
}

/**
 * Does an ARM resource id or reference text name this resource? Accepts full ids
 * (`/subscriptions/.../providers/Microsoft.ContainerService/managedClusters/aks-x`), the
 * `Type/name` form a loader resolves `resourceId()` into, and Bicep's symbolic `format()` results.
 */
export function refersTo(reference: unknown, type: string, name: string): boolean {
  if (typeof reference !== "string") return false;
  const typeSegments = type.split("/").slice(1);
  const nameSegments = name.split("/");
  if (typeSegments.length !== nameSegments.length) return false;
  const tail = typeSegments
    .map((t, i) => `${t}/${nameSegments[i] ?? ""}`)
    .join("/")
    .toLowerCase();
  return reference.toLowerCase().replace(/\/+$/, "").endsWith(tail);
}

const DIAGNOSTIC_TYPES = [
  "Microsoft.Insights/diagnosticSettings",
  "Microsoft.ContainerService/managedClusters/providers/diagnosticSettings",
];
export const DIAGNOSTIC_SETTING_TYPES: readonly string[] = DIAGNOSTIC_TYPES;

export type DiagnosticTarget = { cluster: string } | { unknown: true } | undefined;

/** The managed cluster a diagnostic setting is attached to; undefined when it is for something else. */
export function diagnosticTarget(setting: AzureResourceFact): DiagnosticTarget {
  if (setting.type.toLowerCase() === DIAGNOSTIC_TYPES[1]!.toLowerCase()) {
    const name = setting.name.split("/")[0];
    return name ? { cluster: name } : undefined;
  }
  const scope = referenceText(
    setting.resource.scope ?? get(setting.resource, ["properties", "targetResourceId"]),
  );
  if (isUnknown(scope)) return { unknown: true };
  if (typeof scope !== "string") return undefined;
  const m = /managedClusters\/([^/]+)\/?$/i.exec(scope);
  return m?.[1] ? { cluster: m[1] } : undefined;
}

function isClusterTarget(t: DiagnosticTarget, name: string): boolean {
  return t !== undefined && "cluster" in t && t.cluster.toLowerCase() === name.toLowerCase();
}

/** Diagnostic settings attached to this cluster. */
export function diagnosticSettingsOf(cluster: ManagedClusterFact, facts: Facts): AzureResourceFact[] {
  return facts.azureResources.filter(
    (r) =>
      DIAGNOSTIC_TYPES.some((t) => t.toLowerCase() === r.type.toLowerCase()) &&
      isClusterTarget(diagnosticTarget(r), cluster.name),
  );
}

/** Input kinds that describe a managed cluster without its sub-resources (diagnostic settings, maintenance configurations). */
export function describesClusterOnly(cluster: ManagedClusterFact): boolean {
  return cluster.source.kind === "az-json";
}

/** Does the taint list contain `key=value:effect`? "unknown" when an entry is unevaluated. */
export function hasTaint(taints: unknown, key: string, value: string, effect: string): boolean | "unknown" {
  if (!Array.isArray(taints)) return false;
  let unknown = false;
  for (const t of taints) {
    if (isUnknown(t)) unknown = true;
    else if (
      typeof t === "string" &&
      t.replace(/\s+/g, "").toLowerCase() === `${key}=${value}:${effect}`.toLowerCase()
    )
      return true;
  }
  return unknown ? "unknown" : false;
}

/** Category groups of AKS resource logs and the categories they include. */
const CATEGORY_GROUPS: Record<string, readonly string[] | "all"> = {
  alllogs: "all",
  audit: ["kube-audit", "kube-audit-admin", "guard"],
};

/**
 * The log categories a diagnostic setting enables (lower case), or "unknown" when the list or an entry
 * is unevaluated. `all` stands for the allLogs category group; with `expandGroups` false, only
 * categories named one by one count.
 */
export function enabledLogCategories(
  setting: AzureResourceFact,
  expandGroups = true,
): Set<string> | "unknown" {
  const logs = get(setting.resource, ["properties", "logs"]);
  if (isUnknown(logs)) return "unknown";
  const out = new Set<string>();
  if (!Array.isArray(logs)) return out;
  for (const entry of logs) {
    const enabled = asBool(get(entry, ["enabled"]));
    const category = get(entry, ["category"]);
    const group = get(entry, ["categoryGroup"]);
    if (enabled === "unknown" || isUnknown(category) || isUnknown(group)) return "unknown";
    if (enabled === false) continue;
    if (typeof category === "string") out.add(category.toLowerCase());
    if (typeof group === "string" && expandGroups) {
      const members = CATEGORY_GROUPS[group.toLowerCase()];
      if (members === "all") out.add("all");
      else if (members) members.forEach((m) => out.add(m));
    }
  }
  return out;
}

export function isUnknownTarget(t: DiagnosticTarget): boolean {
  return t !== undefined && "unknown" in t;
}

/**
 * Reads `[resourceId('Type/sub', 'name', 'child')]` with literal arguments (the ARM evaluator leaves
 * resourceId() unevaluated) into the `Provider/type/name/sub/child` form that `refersTo` matches.
 * Leading subscription and resource group arguments are ignored. Undefined for anything else.
 */
export function literalResourceId(expression: string): string | undefined {
  const m = /^\[resourceId\((.*)\)\]$/.exec(expression.trim());
  if (!m) return undefined;
  const args: string[] = [];
  const re = /\s*'((?:[^']|'')*)'\s*(,|$)/y;
  let rest = m[1]!;
  while (rest.length > 0) {
    re.lastIndex = 0;
    const a = re.exec(rest);
    if (!a) return undefined;
    args.push(a[1]!.replace(/''/g, "'"));
    rest = rest.slice(a[0].length);
  }
  const typeIndex = args.findIndex((a) => /^[A-Za-z]+\.[A-Za-z.]+\/[A-Za-z]/.test(a));
  if (typeIndex < 0) return undefined;
  const typeSegments = args[typeIndex]!.split("/");
  const names = args.slice(typeIndex + 1);
  if (names.length !== typeSegments.length - 1) return undefined;
  return [typeSegments[0], ...typeSegments.slice(1).flatMap((t, i) => [t, names[i]])].join("/");
}

/** A resource reference as text: strings as they are, literal resourceId() expressions resolved; else Unknown or undefined. */
export function referenceText(value: unknown): string | Unknown | undefined {
  if (typeof value === "string") return value;
  if (isUnknown(value)) return literalResourceId(value.expression) ?? value;
  return undefined;
}
