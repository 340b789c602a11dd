/**
 * The azurerm 4.x provider schema, read from the `.jsii` manifest of @cdktf/provider-azurerm (14.23.1 =
 * azurerm 4.55.0). Each resource class documents its Terraform type (`azurerm_kubernetes_cluster`) and
 * has a `<Class>Config` struct; every property names its snake_case attribute in its registry doc link
 * (`.../kubernetes_cluster#only_critical_addons_enabled`); a property whose type is another struct of the
 * package is a nested block.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface SchemaType {
  fqn: string;
  /** snake_case attribute or block name → the block's struct fqn (undefined for plain attributes). */
  members: Map<string, string | undefined>;
}

export interface ProviderSchema {
  version: string;
  resources: Map<string, string>;
  dataSources: Map<string, string>;
  /** snake_case attributes a resource or data source exposes to references (arguments and computed ones). */
  readable(configFqn: string): Set<string>;
  type(fqn: string): SchemaType;
}

interface JsiiProperty {
  name: string;
  type: unknown;
  docs?: { summary?: string; remarks?: string };
}
interface JsiiType {
  fqn: string;
  kind: string;
  docs?: { summary?: string };
  properties?: JsiiProperty[];
}

const PACKAGE = "@cdktf/provider-azurerm";

function snake(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** The attribute name a property's doc link anchors to; camelCase → snake_case when there is none. */
function attributeName(p: JsiiProperty): string {
  const text = `${p.docs?.summary ?? ""} ${p.docs?.remarks ?? ""}`;
  const m = /#([a-z0-9_]+) [A-Za-z0-9]+#/.exec(text);
  return m?.[1] ?? snake(p.name);
}

function structFqn(t: unknown): string | undefined {
  if (typeof t !== "object" || t === null) return undefined;
  const o = t as Record<string, unknown>;
  if (typeof o.fqn === "string") return o.fqn.startsWith(`${PACKAGE}.`) ? o.fqn : undefined;
  if (o.collection && typeof o.collection === "object") {
    const c = o.collection as Record<string, unknown>;
    return structFqn(c.elementType ?? c.elementtype);
  }
  if (o.union && typeof o.union === "object") {
    for (const u of ((o.union as Record<string, unknown>).types as unknown[]) ?? []) {
      const f = structFqn(u);
      if (f) return f;
    }
  }
  return undefined;
}

export function loadProviderSchema(): ProviderSchema {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve(`${PACKAGE}/package.json`);
  const jsii = JSON.parse(readFileSync(join(dirname(pkgJson), ".jsii"), "utf8")) as {
    version: string;
    types: Record<string, JsiiType>;
  };
  const resources = new Map<string, string>();
  const dataSources = new Map<string, string>();
  for (const t of Object.values(jsii.types)) {
    if (t.kind !== "class") continue;
    const m = /docs\/(resources|data-sources)\/[a-z0-9_]+ (azurerm_[a-z0-9_]+)\}/.exec(t.docs?.summary ?? "");
    if (!m?.[1] || !m[2]) continue;
    const config = `${t.fqn}Config`;
    if (!jsii.types[config]) continue;
    (m[1] === "resources" ? resources : dataSources).set(m[2], config);
  }
  const cache = new Map<string, SchemaType>();
  return {
    version: jsii.version,
    resources,
    dataSources,
    readable(configFqn) {
      const cls = jsii.types[configFqn.replace(/Config$/, "")];
      return new Set(
        (cls?.properties ?? [])
          .map((p) => p.name.replace(/Input$/, ""))
          .map(snake)
          .concat(["id"]),
      );
    },
    type(fqn) {
      let t = cache.get(fqn);
      if (t) return t;
      const def = jsii.types[fqn];
      if (!def) throw new Error(`no type ${fqn} in the provider schema`);
      const members = new Map<string, string | undefined>();
      for (const p of def.properties ?? []) members.set(attributeName(p), structFqn(p.type));
      t = { fqn, members };
      cache.set(fqn, t);
      return t;
    },
  };
}
