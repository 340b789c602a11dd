/** Renders expressions and values in ARM template language (`[resourceId(...)]`). */
import type { ClusterModel } from "../../model/types.js";
import {
  type CloudValue,
  type Expr,
  type ExprArg,
  IDENTITY_KEY_PREFIX,
  type Value,
  isValueObject,
} from "../expr.js";
import { Expr as ExprClass } from "../expr.js";
import {
  type ArmResourceDef,
  NETWORK_WATCHER_RESOURCE_GROUP,
  type ResourceGroupKind,
  concernScope,
} from "../resources.js";

export interface ArmScope {
  /** Which resource group the template being written deploys to. */
  group: ResourceGroupKind;
  symbols: Map<string, ArmResourceDef>;
  cluster: ClusterModel;
}

/** `environment()` expressions, written the same way in ARM and Bicep. */
export function cloudFunction(value: CloudValue): string {
  switch (value) {
    case "resourceManagerHost":
      return "replace(replace(environment().resourceManager, 'https://', ''), '/', '')";
    case "loginHost":
      return "replace(replace(environment().authentication.loginEndpoint, 'https://', ''), '/', '')";
    case "keyVaultSuffix":
      return "environment().suffixes.keyvaultDns";
    case "storageSuffix":
      return "environment().suffixes.storage";
  }
}

export const armString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** The name segments of a resource (parents first); computed names as expressions. */
export function nameSegments(r: ArmResourceDef, symbols: Map<string, ArmResourceDef>): (string | Expr)[] {
  const own = r.name instanceof ExprClass ? r.name : String(r.name);
  const parent = r.parent ? symbols.get(r.parent) : undefined;
  return parent ? [...nameSegments(parent, symbols), own] : [own];
}

/** Segments as ARM expression arguments. */
function segmentArgs(r: ArmResourceDef, scope: ArmScope, extra: string[] = []): string {
  return [...nameSegments(r, scope.symbols), ...extra].map((s) => arg(s, scope)).join(", ");
}

/** The `name` of a resource in a template: `parent/child`, or an expression for computed names. */
export function armName(r: ArmResourceDef, scope: ArmScope): string {
  const segs = nameSegments(r, scope.symbols);
  if (segs.every((s) => typeof s === "string")) return segs.join("/");
  if (segs.length === 1) return `[${armExpr(segs[0] as Expr, scope)}]`;
  return `[concat(${segs.map((s, i) => (i > 0 ? `'/', ${arg(s, scope)}` : arg(s, scope))).join(", ")})]`;
}

export function resourceGroupOf(r: ArmResourceDef, cluster: ClusterModel): string {
  return resourceGroupName(concernScope(r.concern), cluster);
}

/** The name of a resource group akskit deploys into. */
export function resourceGroupName(group: ResourceGroupKind, cluster: ClusterModel): string {
  if (group === "networkWatcher") return NETWORK_WATCHER_RESOURCE_GROUP;
  return group === "hub" ? cluster.names.hubResourceGroup : cluster.names.resourceGroup;
}

/** `resourceId(...)` of a resource (cross-group when it lives in the other resource group). */
export function armResourceId(symbol: string, scope: ArmScope): string {
  const r = scope.symbols.get(symbol);
  if (!r) throw new Error(`unknown resource symbol "${symbol}"`);
  if (r.scope) {
    return `extensionResourceId(${armResourceId(r.scope, scope)}, ${armString(r.type)}, ${segmentArgs(r, scope)})`;
  }
  const segs = segmentArgs(r, scope);
  const other = concernScope(r.concern) !== scope.group;
  return other
    ? `resourceId(${armString(resourceGroupOf(r, scope.cluster))}, ${armString(r.type)}, ${segs})`
    : `resourceId(${armString(r.type)}, ${segs})`;
}

function arg(a: ExprArg, scope: ArmScope): string {
  return typeof a === "string" ? armString(a) : armExpr(a, scope);
}

/** An expression without the surrounding brackets. */
export function armExpr(e: Expr, scope: ArmScope): string {
  const n = e.node;
  switch (n.kind) {
    case "param":
      return `parameters(${armString(n.name)})`;
    case "id":
      return armResourceId(n.symbol, scope);
    case "ref": {
      const r = scope.symbols.get(n.symbol)!;
      const full = n.root ? ", 'Full'" : "";
      return `reference(${armResourceId(n.symbol, scope)}, ${armString(r.apiVersion)}${full}).${n.path}`;
    }
    case "childId": {
      const r = scope.symbols.get(n.symbol)!;
      return `resourceId(${armString(`${r.type}/${n.childType}`)}, ${segmentArgs(r, scope, [n.childName])})`;
    }
    case "tenantId":
      return "subscription().tenantId";
    case "subscriptionId":
      return "subscription().subscriptionId";
    case "resourceGroupId":
      return "resourceGroup().id";
    case "list":
      return `createArray(${n.items.map(armString).join(", ")})`;
    case "cloud":
      return cloudFunction(n.value);
    case "roleDefinition":
      return `subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ${armString(n.guid)})`;
    case "guid":
      return `guid(${n.args.map((a) => arg(a, scope)).join(", ")})`;
    case "concat":
      return `concat(${n.parts.map((a) => arg(a, scope)).join(", ")})`;
  }
}

/** A value as template JSON: expressions become `[...]` strings, literal strings starting with `[` are escaped. */
export function armValue(v: Value, scope: ArmScope): unknown {
  if (v instanceof ExprClass) return `[${armExpr(v, scope)}]`;
  if (typeof v === "string") return v.startsWith("[") ? `[${v}` : v;
  if (Array.isArray(v)) return v.map((x) => armValue(x, scope));
  if (isValueObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const key = k.startsWith(IDENTITY_KEY_PREFIX)
        ? `[${armResourceId(k.slice(IDENTITY_KEY_PREFIX.length), scope)}]`
        : k;
      out[key] = armValue(x, scope);
    }
    return out;
  }
  return v;
}
