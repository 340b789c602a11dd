/**
 * Every Terraform attribute path in the mapping table exists in the azurerm provider schema, read
 * from @cdktf/provider-azurerm's `.jsii` (azurerm 4.55.0): a renamed or misspelt attribute fails here.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CLUSTER_MAPPING,
  LEGACY_MAINTENANCE_ROWS,
  MAINTENANCE_BLOCKS,
  MAINTENANCE_ROWS,
  POOL_ROWS,
  RESOURCE_MAPPINGS,
  type Row,
} from "../../../src/audit/loaders/terraform-map.js";

interface JsiiProperty {
  name: string;
  type: unknown;
  docs?: { remarks?: string };
}
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("@cdktf/provider-azurerm/package.json"));
const jsii = JSON.parse(readFileSync(join(pkgDir, ".jsii"), "utf8")) as {
  types: Record<string, { properties?: JsiiProperty[] }>;
};
const PREFIX = "@cdktf/provider-azurerm.";

function configOf(tfType: string): string {
  const camel = tfType.replace(/^azurerm_/, "").replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  const pascal = camel.charAt(0).toUpperCase() + camel.slice(1);
  return `${PREFIX}${camel}.${pascal}Config`;
}

/** The HCL name of a jsii property: the anchor of its registry link, or its name in snake case. */
function hclName(p: JsiiProperty): string {
  const m = /#([a-z0-9_]+) /.exec(p.docs?.remarks ?? "");
  return m?.[1] ?? p.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function firstFqn(type: unknown): string | undefined {
  const text = JSON.stringify(type);
  return /"fqn":"(@cdktf\/provider-azurerm\.[^"]+)"/.exec(text)?.[1];
}

/** Walks `a.b.c` from an interface; returns the missing segment, or undefined when the path exists. */
function missing(fqn: string, path: string): string | undefined {
  let current = fqn;
  const segs = path.split(".");
  for (let i = 0; i < segs.length; i++) {
    const props = jsii.types[current]?.properties ?? [];
    const prop = props.find((p) => hclName(p) === segs[i]);
    if (!prop) return `${segs.slice(0, i + 1).join(".")} (in ${current.replace(PREFIX, "")})`;
    if (i < segs.length - 1) {
      const next = firstFqn(prop.type);
      if (!next || !next.startsWith(PREFIX)) return `${segs.slice(0, i + 1).join(".")} is not a block`;
      current = next;
    }
  }
  return undefined;
}

function tfPaths(rows: Row[], prefix = ""): string[] {
  return rows.flatMap((r) => {
    if ("present" in r) return [prefix + r.present];
    if ("each" in r) return [prefix + r.each, ...tfPaths(r.rows, `${prefix}${r.each}.`)];
    return [prefix + r.tf];
  });
}

describe("Terraform mapping table against the azurerm 4.x schema", () => {
  it("reads the provider schema", () => {
    expect(jsii.types[configOf("azurerm_kubernetes_cluster")]).toBeDefined();
  });

  it("maps only attributes that azurerm_kubernetes_cluster has", () => {
    const fqn = configOf("azurerm_kubernetes_cluster");
    const bad = tfPaths(CLUSTER_MAPPING.rows)
      .map((p) => missing(fqn, p))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });

  it("maps default_node_pool attributes that exist (except mode, os_type, node_taints, priority and the other user-pool-only ones)", () => {
    const fqn = configOf("azurerm_kubernetes_cluster");
    const userPoolOnly = new Set([
      "mode",
      "os_type",
      "node_taints",
      "priority",
      "eviction_policy",
      "spot_max_price",
      "upgrade_settings.max_unavailable",
    ]);
    const bad = tfPaths(POOL_ROWS)
      .filter((p) => !userPoolOnly.has(p) && p !== "only_critical_addons_enabled")
      .map((p) => missing(fqn, `default_node_pool.${p}`))
      .filter(Boolean);
    expect(bad).toEqual([]);
    expect(missing(fqn, "default_node_pool.only_critical_addons_enabled")).toBeUndefined();
  });

  it("maps azurerm_kubernetes_cluster_node_pool attributes that exist", () => {
    const fqn = configOf("azurerm_kubernetes_cluster_node_pool");
    const bad = tfPaths(POOL_ROWS)
      .filter((p) => p !== "only_critical_addons_enabled" && p !== "type")
      .map((p) => missing(fqn, p))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });

  it("maps the maintenance window blocks that exist", () => {
    const fqn = configOf("azurerm_kubernetes_cluster");
    for (const m of MAINTENANCE_BLOCKS)
      expect(
        tfPaths(MAINTENANCE_ROWS)
          .map((p) => missing(fqn, `${m.block}.${p}`))
          .filter(Boolean),
      ).toEqual([]);
    expect(
      tfPaths(LEGACY_MAINTENANCE_ROWS)
        .map((p) => missing(fqn, `maintenance_window.${p}`))
        .filter(Boolean),
    ).toEqual([]);
  });

  it("maps only attributes that the related azurerm resources have", () => {
    const bad: string[] = [];
    for (const [tfType, mapping] of Object.entries(RESOURCE_MAPPINGS)) {
      const fqn = configOf(tfType);
      if (!jsii.types[fqn]) {
        bad.push(`${tfType}: no such resource`);
        continue;
      }
      for (const p of tfPaths(mapping.rows)) {
        const m = missing(fqn, p);
        if (m) bad.push(`${tfType}.${m}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
