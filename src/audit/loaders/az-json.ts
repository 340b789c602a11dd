/**
 * Azure CLI JSON: `az aks show`, `az aks nodepool list|show`, `az resource show|list` (and the same
 * shapes from the Azure SDK). `az aks` commands flatten ARM `properties` to the top level; this loader
 * puts them back under `properties` with a locator that maps `properties.x` to where `x` really is.
 */
import type { ArmResource, KeyPath, Locator } from "../facts.js";
import { formatKeyPath } from "../facts.js";
import type { JsonText } from "../json-text.js";
import {
  AGENT_POOL_TYPE,
  MANAGED_CLUSTER_TYPE,
  addArmResources,
  sameType,
  type LocatedResource,
} from "./arm-facts.js";
import { parseJsonFile, type JsonFile } from "./arm.js";
import { isRecord, type LoadSink } from "./sink.js";

/** Keys that ARM keeps beside `properties`; everything else in flattened output is a property. */
const ENVELOPE_KEYS = new Set([
  "id",
  "name",
  "type",
  "location",
  "sku",
  "identity",
  "tags",
  "kind",
  "etag",
  "zones",
  "extendedLocation",
  "systemData",
  "resourceGroup",
  "managedBy",
  "plan",
  "apiVersion",
]);

/** Does this JSON value look like `az` output about Azure resources? */
export function isAzJson(v: unknown): boolean {
  const one = (o: unknown): boolean =>
    isRecord(o) &&
    typeof o.id === "string" &&
    o.id.toLowerCase().startsWith("/subscriptions/") &&
    (typeof o.type === "string" || "agentPoolProfiles" in o || "vmSize" in o);
  return Array.isArray(v) ? v.length > 0 && v.every(one) : one(v);
}

export function loadAzJson(f: JsonFile, sink: LoadSink): void {
  const parsed = parseJsonFile(f, sink);
  if (!parsed) return;
  addAzValue(parsed.value, parsed.jt, f.file, sink, "az-json");
}

/** Adds az/SDK-shaped resources (one or an array) whose JSON text is `jt`. */
export function addAzValue(
  value: unknown,
  jt: JsonText | undefined,
  file: string,
  sink: LoadSink,
  kind: "az-json" | "live-azure",
  locatorFor?: (prefix: KeyPath) => Locator,
): void {
  const root = jt?.rootOffset() ?? 0;
  const at =
    locatorFor ??
    ((prefix: KeyPath): Locator =>
      (path) => {
        if (!jt) return { file, line: 1, column: 1, path: formatKeyPath(path) };
        const hit = jt.find(root, [...prefix, ...path]);
        return { file, ...jt.position(hit.offset), path: formatKeyPath(path) };
      });
  const items = Array.isArray(value) ? value : [value];
  const located: LocatedResource[] = [];
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const prefix: KeyPath = Array.isArray(value) ? [i] : [];
    located.push(normalizeAz(item, at(prefix)));
  });
  // Clusters first so that pools from `az aks nodepool list` in the same file attach to them.
  addArmResources(located, file, kind, sink);
}

/** Puts flattened properties back under `properties`; the locator maps ARM paths to the flat keys. */
export function normalizeAz(item: Record<string, unknown>, locate: Locator): LocatedResource {
  const type = azType(item);
  if (isRecord(item.properties) && !("agentPoolProfiles" in item)) {
    return { resource: { ...item, type, name: azName(item, type) }, locate };
  }
  const resource: ArmResource = { type, name: azName(item, type) };
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (ENVELOPE_KEYS.has(k)) {
      if (k !== "type" && k !== "name") resource[k] = v;
    } else properties[k] = v;
  }
  resource.properties = properties;
  const flatLocate: Locator = (path) => {
    const mapped = path[0] === "properties" ? path.slice(1) : path;
    return { ...locate(mapped), path: formatKeyPath(path) };
  };
  return { resource, locate: flatLocate };
}

function azType(item: Record<string, unknown>): string {
  const t = typeof item.type === "string" ? item.type : "";
  if (sameType(t, MANAGED_CLUSTER_TYPE) || (!t && "agentPoolProfiles" in item)) return MANAGED_CLUSTER_TYPE;
  if (sameType(t, AGENT_POOL_TYPE) || (!t && "vmSize" in item)) return AGENT_POOL_TYPE;
  return t;
}

/** Pools are named `<cluster>/<pool>` as in ARM, taking the cluster from the resource id. */
function azName(item: Record<string, unknown>, type: string): string {
  const name = typeof item.name === "string" ? item.name : "";
  if (type === AGENT_POOL_TYPE && typeof item.id === "string") {
    const m = /\/managedClusters\/([^/]+)\/agentPools\//i.exec(item.id);
    if (m?.[1] && !name.includes("/")) return `${m[1]}/${name}`;
  }
  return name;
}
