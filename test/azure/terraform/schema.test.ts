/**
 * Every resource type, data source, attribute and nested block akskit writes exists in the azurerm 4.x
 * provider schema (the .jsii manifest of @cdktf/provider-azurerm 14.23.1 = azurerm 4.55.0), checked by
 * parsing the generated HCL back with @cdktf/hcl2json and walking it through the schema's types.
 */
import { parse } from "@cdktf/hcl2json";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTerraformFiles } from "../../../src/azure/terraform/index.js";
import type { PlatformModel } from "../../../src/model/types.js";
import { allPlatforms } from "./fixtures.js";
import { loadProviderSchema, type ProviderSchema } from "./provider-schema.js";

const PROVIDER = "@cdktf/provider-azurerm.provider.AzurermProviderConfig";

/** Terraform meta-arguments, valid on every resource and data source. */
const META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle"]);

let schema: ProviderSchema;
let platforms: [string, PlatformModel][];

beforeAll(async () => {
  schema = loadProviderSchema();
  platforms = await allPlatforms();
}, 60_000);

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Problems in one block body against a schema struct; `where` names the path for messages. */
function walk(body: Json, fqn: string, where: string, problems: string[]): void {
  const t = schema.type(fqn);
  for (const [key, value] of Object.entries(body)) {
    if (META.has(key)) continue;
    if (key === "dynamic") {
      for (const [name, defs] of Object.entries(value as Json)) {
        const nested = t.members.get(name);
        if (!nested) {
          problems.push(`${where}: dynamic "${name}" is not a block of ${fqn}`);
          continue;
        }
        for (const d of defs as Json[])
          for (const c of (d.content as Json[]) ?? []) walk(c, nested, `${where}.${name}`, problems);
      }
      continue;
    }
    if (!t.members.has(key)) {
      problems.push(`${where}: unknown attribute or block "${key}"`);
      continue;
    }
    const nested = t.members.get(key);
    if (nested && Array.isArray(value))
      for (const b of value) if (isObj(b)) walk(b, nested, `${where}.${key}`, problems);
  }
}

async function check(
  files: { path: string; content: string }[],
): Promise<{ problems: string[]; types: Set<string> }> {
  const problems: string[] = [];
  const types = new Set<string>();
  for (const f of files.filter((x) => x.path.endsWith(".tf"))) {
    const json = (await parse(f.path, f.content)) as Json;
    for (const [kind, table] of [
      ["resource", schema.resources],
      ["data", schema.dataSources],
    ] as const) {
      for (const [type, byLabel] of Object.entries((json[kind] as Json) ?? {})) {
        types.add(`${kind}.${type}`);
        const fqn = table.get(type);
        if (!fqn) {
          problems.push(`${f.path}: ${kind} type ${type} does not exist in azurerm ${schema.version}`);
          continue;
        }
        for (const [label, bodies] of Object.entries(byLabel as Json))
          for (const b of bodies as Json[]) walk(b, fqn, `${f.path}: ${type}.${label}`, problems);
      }
    }
    for (const bodies of Object.values((json.provider as Json) ?? {})) {
      types.add("provider.azurerm");
      for (const b of bodies as Json[]) walk(b, PROVIDER, `${f.path}: provider azurerm`, problems);
    }
  }
  return { problems, types };
}

describe("azurerm provider schema", () => {
  it("reads azurerm 4.55.0 from @cdktf/provider-azurerm 14.23.1", () => {
    expect(schema.version).toBe("14.23.1");
    expect(schema.resources.get("azurerm_kubernetes_cluster")).toBe(
      "@cdktf/provider-azurerm.kubernetesCluster.KubernetesClusterConfig",
    );
    const cluster = schema.type(schema.resources.get("azurerm_kubernetes_cluster")!);
    expect(cluster.members.has("local_account_disabled")).toBe(true);
    expect(cluster.members.has("enable_local_accounts")).toBe(false);
    const pool = schema.type(cluster.members.get("default_node_pool")!);
    expect(pool.members.has("only_critical_addons_enabled")).toBe(true);
    expect(pool.members.has("temporary_name_for_rotation")).toBe(true);
    const readable = schema.readable(schema.resources.get("azurerm_kubernetes_cluster")!);
    expect(readable.has("oidc_issuer_url")).toBe(true);
    expect(readable.has("node_resource_group_id")).toBe(true);
    expect(readable.has("oidc_url")).toBe(false);
  });

  it("the walker reports unknown attributes, blocks and types", async () => {
    const { problems } = await check([
      {
        path: "bad.tf",
        content: `resource "azurerm_kubernetes_cluster" "x" {
  enable_rbac = true
  default_node_pool {
    node_taints = []
  }
  dynamic "not_a_block" {
    for_each = []
    content {}
  }
}
resource "azurerm_nope" "y" {}
provider "azurerm" {
  features {
    key_vault {
      purge_soft_delete_on_destroy = false
      nope                         = true
    }
  }
}
`,
      },
    ]);
    expect(problems).toEqual([
      'bad.tf: azurerm_kubernetes_cluster.x.default_node_pool: unknown attribute or block "node_taints"',
      'bad.tf: azurerm_kubernetes_cluster.x: dynamic "not_a_block" is not a block of @cdktf/provider-azurerm.kubernetesCluster.KubernetesClusterConfig',
      'bad.tf: azurerm_kubernetes_cluster.x: unknown attribute or block "enable_rbac"',
      "bad.tf: resource type azurerm_nope does not exist in azurerm 14.23.1",
      'bad.tf: provider azurerm.features.key_vault: unknown attribute or block "nope"',
    ]);
  });

  it("every attribute the HCL reads from a resource or data source exists on it", () => {
    const problems: string[] = [];
    let count = 0;
    for (const [name, platform] of platforms)
      for (const f of buildTerraformFiles(platform).filter((x) => x.path.endsWith(".tf")))
        for (const m of f.content.matchAll(
          /\b(data\.)?(azurerm_[a-z0-9_]+)\.([a-z0-9_]+)(\[[^\]]*\])?\.([a-z0-9_]+)/g,
        )) {
          const [ref, data, type, , , attribute] = m;
          const fqn = (data ? schema.dataSources : schema.resources).get(type!);
          count++;
          if (!fqn)
            problems.push(`${name} ${f.path}: ${ref} names no ${data ? "data source" : "resource"} type`);
          else if (!schema.readable(fqn).has(attribute!))
            problems.push(`${name} ${f.path}: ${ref}: no attribute ${attribute}`);
        }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  it("every resource, data source, attribute and block of every platform exists", async () => {
    const all = new Set<string>();
    for (const [name, platform] of platforms) {
      const { problems, types } = await check(buildTerraformFiles(platform));
      for (const t of types) all.add(t);
      expect(problems, name).toEqual([]);
    }
    // The walk covered the resources that matter for parity with the ARM target.
    for (const t of [
      "resource.azurerm_kubernetes_cluster",
      "resource.azurerm_kubernetes_cluster_node_pool",
      "resource.azurerm_firewall_policy_rule_collection_group",
      "resource.azurerm_application_gateway",
      "resource.azurerm_kubernetes_flux_configuration",
      "resource.azurerm_federated_identity_credential",
      "resource.azurerm_monitor_alert_prometheus_rule_group",
      "data.azurerm_client_config",
      "provider.azurerm",
    ])
      expect(all).toContain(t);
  }, 60_000);
});
