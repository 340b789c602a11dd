/**
 * Deployment-time expressions inside ARM-shaped resources. Builders never write ARM or Bicep syntax:
 * they put `Expr` values in resource bodies, and each emitter renders them in its own language
 * (ARM `[resourceId(...)]`, Bicep `symbol.id`, az CLI shell variables).
 */

export type ExprNode =
  /** A template parameter (`location`, `hubLocation`). */
  | { kind: "param"; name: string }
  /** The resource id of the resource with this symbol. */
  | { kind: "id"; symbol: string }
  /** A runtime property of a resource (`reference(id).path`; Bicep `symbol.properties.path`). */
  | { kind: "ref"; symbol: string; path: string; root?: boolean }
  /** The tenant of the deployment's subscription. */
  | { kind: "tenantId" }
  /** The id of the deployment's subscription. */
  | { kind: "subscriptionId" }
  /** A deterministic GUID from the arguments (role assignment names). */
  | { kind: "guid"; args: ExprArg[] }
  /** String concatenation of literals and expressions. */
  | { kind: "concat"; parts: ExprArg[] }
  /** The id of a sub-resource (`<type>/<childType>/<childName>`) of a resource, usable inside that resource. */
  | { kind: "childId"; symbol: string; childType: string; childName: string }
  /**
   * A list of strings written as an expression in ARM (`createArray(...)`) and as an array in Bicep: for
   * documented values that the published ARM schema's enumeration lacks (Container Insights streams).
   */
  | { kind: "list"; items: string[] }
  /**
   * A host name or suffix of the Azure cloud being deployed to (`environment()`), so that templates work in
   * every cloud (Bicep linter rule `no-hardcoded-env-urls`).
   */
  | { kind: "cloud"; value: CloudValue }
  /** The id of the resource group being deployed to. */
  | { kind: "resourceGroupId" }
  /** The subscription-level id of a built-in role definition. */
  | { kind: "roleDefinition"; guid: string };

export type ExprArg = string | Expr;

export type CloudValue = "resourceManagerHost" | "loginHost" | "keyVaultSuffix" | "storageSuffix";

/** Public-cloud values of `CloudValue` (for the shell script and documentation). */
export const PUBLIC_CLOUD: Record<CloudValue, string> = {
  resourceManagerHost: "management.azure.com",
  loginHost: "login.microsoftonline.com",
  keyVaultSuffix: ".vault.azure.net",
  storageSuffix: "core.windows.net",
};

export class Expr {
  constructor(readonly node: ExprNode) {}
  /** Stable text form, used to compare expressions and as a map key. */
  toString(): string {
    return exprKey(this);
  }
}

export const param = (name: string): Expr => new Expr({ kind: "param", name });
export const idOf = (symbol: string): Expr => new Expr({ kind: "id", symbol });
export const refOf = (symbol: string, path: string): Expr => new Expr({ kind: "ref", symbol, path });
/** A runtime value outside `properties` (e.g. `identity.principalId` of a system-assigned identity). */
export const refRootOf = (symbol: string, path: string): Expr =>
  new Expr({ kind: "ref", symbol, path, root: true });
export const tenantId = (): Expr => new Expr({ kind: "tenantId" });
export const subscriptionId = (): Expr => new Expr({ kind: "subscriptionId" });
export const guidOf = (...args: ExprArg[]): Expr => new Expr({ kind: "guid", args });
export const concat = (...parts: ExprArg[]): Expr => new Expr({ kind: "concat", parts });
export const childIdOf = (symbol: string, childType: string, childName: string): Expr =>
  new Expr({ kind: "childId", symbol, childType, childName });
export const cloud = (value: CloudValue): Expr => new Expr({ kind: "cloud", value });
export const listOf = (...items: string[]): Expr => new Expr({ kind: "list", items });
export const resourceGroupId = (): Expr => new Expr({ kind: "resourceGroupId" });
export const roleDefinition = (guid: string): Expr => new Expr({ kind: "roleDefinition", guid });
/** The id of a subnet of a virtual network declared by `vnetSymbol`. */
export const subnetId = (vnetSymbol: string, subnetName: string): Expr =>
  concat(idOf(vnetSymbol), `/subnets/${subnetName}`);

/** Canonical text of an expression, independent of the target language. */
export function exprKey(e: Expr): string {
  const n = e.node;
  const arg = (a: ExprArg) => (typeof a === "string" ? JSON.stringify(a) : exprKey(a));
  switch (n.kind) {
    case "param":
      return `param(${n.name})`;
    case "id":
      return `id(${n.symbol})`;
    case "ref":
      return `ref(${n.symbol})${n.root ? "!" : ""}.${n.path}`;
    case "tenantId":
      return "tenantId()";
    case "subscriptionId":
      return "subscriptionId()";
    case "guid":
      return `guid(${n.args.map(arg).join(",")})`;
    case "concat":
      return `concat(${n.parts.map(arg).join(",")})`;
    case "roleDefinition":
      return `roleDefinition(${n.guid})`;
    case "resourceGroupId":
      return "resourceGroupId()";
    case "list":
      return `list(${n.items.map((i) => JSON.stringify(i)).join(",")})`;
    case "cloud":
      return `cloud(${n.value})`;
    case "childId":
      return `childId(${n.symbol},${n.childType},${n.childName})`;
  }
}

/** Every resource symbol an expression refers to. */
export function exprSymbols(e: Expr): string[] {
  const n = e.node;
  const fromArgs = (args: ExprArg[]) => args.flatMap((a) => (typeof a === "string" ? [] : exprSymbols(a)));
  switch (n.kind) {
    case "id":
    case "ref":
    case "childId":
      return [n.symbol];
    case "guid":
      return fromArgs(n.args);
    case "concat":
      return fromArgs(n.parts);
    default:
      return [];
  }
}

/**
 * An object key that is a resource id (`identity.userAssignedIdentities`): ARM writes
 * `"[resourceId(...)]": {}`, Bicep `'${symbol.id}': {}`.
 */
export const IDENTITY_KEY_PREFIX = "@id:";
export const identityKey = (symbol: string): string => IDENTITY_KEY_PREFIX + symbol;

/** A JSON value that may hold expressions. */
export type Value = string | number | boolean | null | Expr | Value[] | { [key: string]: Value };
export type ValueObject = { [key: string]: Value };

export function isValueObject(v: Value | undefined): v is ValueObject {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Expr);
}

/** Every symbol referenced anywhere in a value. */
export function valueSymbols(v: Value | undefined, out: Set<string> = new Set()): Set<string> {
  if (v instanceof Expr) for (const s of exprSymbols(v)) out.add(s);
  else if (Array.isArray(v)) for (const x of v) valueSymbols(x, out);
  else if (isValueObject(v))
    for (const [k, x] of Object.entries(v)) {
      if (k.startsWith(IDENTITY_KEY_PREFIX)) out.add(k.slice(IDENTITY_KEY_PREFIX.length));
      valueSymbols(x, out);
    }
  return out;
}

/** Deep equality of values (expressions by their canonical text). */
export function valueEquals(a: Value | undefined, b: Value | undefined): boolean {
  if (a instanceof Expr || b instanceof Expr)
    return a instanceof Expr && b instanceof Expr && exprKey(a) === exprKey(b);
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => valueEquals(x, b[i]))
    );
  if (isValueObject(a) || isValueObject(b)) {
    if (!isValueObject(a) || !isValueObject(b)) return false;
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && valueEquals(a[k], b[k]));
  }
  return a === b;
}
