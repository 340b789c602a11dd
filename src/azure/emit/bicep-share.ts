/**
 * Shares one set of Bicep modules between environments: the environments' resources are unified symbol
 * by symbol; where values differ, the difference moves to a parameter (set per environment in
 * `<env>.bicepparam`), to an `${environmentName}` interpolation when the values only differ by the
 * environment's name, or — for values holding expressions — to a choice on `environmentName`. Resources
 * absent from some environments get a `deploy<Symbol>` condition.
 */
import type { ClusterModel, PlatformModel } from "../../model/types.js";
import { buildEnvironment } from "../build.js";
import { Expr, type Value, isValueObject, valueEquals } from "../expr.js";
import { type ArmResourceDef, CONCERNS } from "../resources.js";

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export type Shared =
  | { kind: "literal"; value: Value }
  | { kind: "param"; name: string }
  | { kind: "envTemplate"; template: string }
  | { kind: "object"; entries: [string, Shared][] }
  | { kind: "array"; items: Shared[] }
  | { kind: "choice"; byEnv: [string, Value | undefined][] }
  | { kind: "absent" };

export type ParamType = "string" | "int" | "bool" | "object" | "array";

export interface ParamDecl {
  name: string;
  type: ParamType;
  nullable: boolean;
  description: string;
  /** Value per environment where it is set. */
  values: Map<string, Json>;
  /** Default for environments that do not set it (a resource absent there). */
  defaultValue?: Json;
}

export type ResourceField = "tags" | "location" | "kind" | "sku" | "identity" | "zones" | "properties";

export interface SharedResource {
  def: ArmResourceDef;
  /** Environments that deploy it. */
  envs: string[];
  condition?: string;
  name: Shared;
  fields: [ResourceField, Shared][];
  /** Uses the environment's `tags` parameter. */
  envTags: boolean;
}

export interface SharedPlatform {
  envs: string[];
  clusters: ClusterModel[];
  resources: SharedResource[];
  params: Map<string, ParamDecl>;
  bySymbol: Map<string, SharedResource>;
}

const FIELDS = ["location", "kind", "sku", "identity", "zones", "properties"] as const;

/** The placeholder for the environment name in an `envTemplate`. */
export const ENV_PLACEHOLDER = "\u0000env\u0000";

export function sharePlatform(platform: PlatformModel): SharedPlatform {
  const envs = platform.clusters.map((c) => c.environment);
  const perEnv = new Map(platform.clusters.map((c) => [c.environment, buildEnvironment(platform, c)]));
  const params = new Map<string, ParamDecl>();
  // Union of symbols, in concern order then first appearance.
  const order: { symbol: string; concern: number; pos: number; env: number }[] = [];
  const seen = new Set<string>();
  envs.forEach((env, ei) =>
    perEnv.get(env)!.forEach((r, pos) => {
      if (seen.has(r.symbol)) return;
      seen.add(r.symbol);
      order.push({ symbol: r.symbol, concern: CONCERNS.indexOf(r.concern), pos, env: ei });
    }),
  );
  order.sort((a, b) => a.concern - b.concern || a.env - b.env || a.pos - b.pos);
  const resources: SharedResource[] = [];
  for (const { symbol } of order) {
    const defs = new Map<string, ArmResourceDef>();
    for (const env of envs) {
      const d = perEnv.get(env)!.find((r) => r.symbol === symbol);
      if (d) defs.set(env, d);
    }
    const present = envs.filter((e) => defs.has(e));
    const first = defs.get(present[0]!)!;
    for (const d of defs.values())
      if (
        d.type !== first.type ||
        d.apiVersion !== first.apiVersion ||
        d.parent !== first.parent ||
        d.scope !== first.scope ||
        d.concern !== first.concern
      )
        throw new Error(`resource "${symbol}" differs in type, parent, scope or module between environments`);
    const ctx: UnifyContext = { params, envs: present, owner: symbol };
    const pick = (f: (d: ArmResourceDef) => Value | undefined) =>
      new Map(present.map((e) => [e, f(defs.get(e)!)]));
    const envTags = present.every((e) => {
      const c = platform.clusters.find((x) => x.environment === e)!;
      return valueEquals(defs.get(e)!.tags ?? null, c.tags);
    });
    const fields: [ResourceField, Shared][] = [];
    if (!envTags && first.tags)
      fields.push([
        "tags",
        unify(
          pick((d) => d.tags ?? undefined),
          ["tags"],
          ctx,
        ),
      ]);
    for (const f of FIELDS) {
      const values = pick((d) => d[f]);
      if ([...values.values()].every((v) => v === undefined)) continue;
      fields.push([f, unify(values, f === "properties" ? [] : [f], ctx)]);
    }
    const res: SharedResource = {
      def: {
        ...first,
        description: sharedDescription(
          present,
          [...defs.values()].map((d) => d.description),
        ),
      },
      envs: present,
      name: unify(
        pick((d) => d.name),
        ["name"],
        ctx,
      ),
      fields,
      envTags: envTags && first.tags !== undefined,
    };
    const condition = conditionParam({ params, envs }, present, symbol);
    if (condition) res.condition = condition;
    resources.push(res);
  }
  return {
    envs,
    clusters: platform.clusters,
    resources,
    params,
    bySymbol: new Map(resources.map((r) => [r.def.symbol, r])),
  };
}

interface UnifyContext {
  params: Map<string, ParamDecl>;
  envs: string[];
  owner: string;
}

function cap(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function uniqueName(params: Map<string, ParamDecl>, base: string): string {
  let name = base;
  for (let i = 2; params.has(name); i++) name = `${base}${i}`;
  return name;
}

function hasExpr(v: Value | undefined): boolean {
  if (v instanceof Expr) return true;
  if (Array.isArray(v)) return v.some(hasExpr);
  if (isValueObject(v)) return Object.values(v).some(hasExpr);
  return false;
}

function jsonType(v: Json): ParamType {
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "int";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "array";
  return "object";
}

function unify(values: Map<string, Value | undefined>, path: string[], ctx: UnifyContext): Shared {
  const list = ctx.envs.map((e) => values.get(e));
  if (list.every((v) => v === undefined)) return { kind: "absent" };
  const first = list[0];
  if (list.every((v) => v !== undefined && valueEquals(v, first))) return { kind: "literal", value: first! };
  const someExpr = list.some(hasExpr);
  // Strings that differ only by the environment's name.
  if (list.every((v) => typeof v === "string")) {
    const t = envTemplate(ctx.envs, list);
    if (t !== undefined) return { kind: "envTemplate", template: t };
  }
  if (list.every((v) => isValueObject(v))) {
    const keys: string[] = [];
    for (const v of list) for (const k of Object.keys(v)) if (!keys.includes(k)) keys.push(k);
    return {
      kind: "object",
      entries: keys.map((k) => [
        k,
        unify(
          new Map(ctx.envs.map((e) => [e, (values.get(e) as Record<string, Value>)[k]])),
          [...path, k],
          ctx,
        ),
      ]),
    };
  }
  if (list.every((v) => Array.isArray(v)) && new Set(list.map((v) => v.length)).size === 1) {
    return {
      kind: "array",
      items: (first as Value[]).map((_, i) => {
        const items = new Map(ctx.envs.map((e) => [e, (values.get(e) as Value[])[i]]));
        return unify(items, [...path, elementLabel([...items.values()], i)], ctx);
      }),
    };
  }
  if (someExpr) return { kind: "choice", byEnv: ctx.envs.map((e) => [e, values.get(e)]) };
  // Lift to a parameter.
  const present = list.filter((v) => v !== undefined) as Json[];
  const types = new Set(present.map(jsonType));
  if (types.size !== 1) return { kind: "choice", byEnv: ctx.envs.map((e) => [e, values.get(e)]) };
  const name = uniqueName(
    ctx.params,
    ctx.owner +
      path
        .filter((p) => p !== "properties")
        .map((p) =>
          p
            .split(/[^A-Za-z0-9]+/)
            .map(cap)
            .join(""),
        )
        .join(""),
  );
  ctx.params.set(name, {
    name,
    type: [...types][0]!,
    nullable: list.some((v) => v === undefined),
    description: `${ctx.owner} ${path.join(".")}`,
    values: new Map(ctx.envs.map((e) => [e, (values.get(e) as Json | undefined) ?? null])),
  });
  return { kind: "param", name };
}

/**
 * One comment for a resource shared by environments whose descriptions differ (pool sizes, tiers,
 * paths): the first one without its parenthetical details and with the environment's name generalized.
 */
function sharedDescription(envs: string[], descriptions: string[]): string {
  const first = descriptions[0]!;
  if (descriptions.every((d) => d === first)) return first;
  const env = envs[0]!;
  return first
    .replace(/\s*\([^)]*\)(?=\.?$)/, "")
    .split(env)
    .join("<env>");
}

/** Names a list element in parameter names: its `name` when every environment agrees, else its index. */
function elementLabel(items: (Value | undefined)[], index: number): string {
  const names = items.map((v) => (isValueObject(v) && typeof v.name === "string" ? v.name : undefined));
  return names[0] !== undefined && names.every((n) => n === names[0]) ? names[0] : String(index);
}

/** A template with the environment placeholder that yields every value, or undefined. */
function envTemplate(envs: string[], values: string[]): string | undefined {
  const v0 = values[0]!;
  const e0 = envs[0]!;
  if (!v0.includes(e0)) return undefined;
  const t = v0.split(e0).join(ENV_PLACEHOLDER);
  return envs.every((e, i) => t.split(ENV_PLACEHOLDER).join(e) === values[i]) ? t : undefined;
}

/**
 * The boolean parameter saying whether an environment deploys something present only in `present`
 * (undefined when every environment does), named after those environments (`deployInDevAndProd`).
 * Things with the same presence share one parameter.
 */
export function conditionParam(
  sp: Pick<SharedPlatform, "params" | "envs">,
  present: string[],
  what: string,
): string | undefined {
  if (present.length === sp.envs.length) return undefined;
  for (const p of sp.params.values())
    if (
      p.name.startsWith("deploy") &&
      p.type === "bool" &&
      sp.envs.every((e) => p.values.get(e) === present.includes(e))
    )
      return p.name;
  const name = uniqueName(
    sp.params,
    `deployIn${present
      .map((e) =>
        e
          .split(/[^A-Za-z0-9]+/)
          .map(cap)
          .join(""),
      )
      .join("And")}`,
  );
  sp.params.set(name, {
    name,
    type: "bool",
    nullable: false,
    description: `True in the environments that deploy ${what} and what else is conditioned on it (${present.join(", ")}).`,
    values: new Map(sp.envs.map((e) => [e, present.includes(e)])),
  });
  return name;
}

/** Unifies one value across the environments (for values outside resources, e.g. resource group names). */
export function shareValue(
  sp: Pick<SharedPlatform, "params" | "envs">,
  owner: string,
  path: string[],
  values: Map<string, Value>,
): Shared {
  return unify(values, path, { params: sp.params, envs: sp.envs, owner });
}
