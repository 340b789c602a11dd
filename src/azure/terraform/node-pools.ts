/**
 * The node pools besides the System pool (`default_node_pool`): one `azurerm_kubernetes_cluster_node_pool`
 * per pool name, its settings in flat variables `node_pool_<name>_<attribute>`, so every pool reads like
 * the ARM agent pool it is and each value is a plain `var.` reference (the audit loader resolves those).
 * A pool that only some environments have is counted by `node_pool_<name>_enabled`; its variables are
 * null in the environments without it.
 */
import type { ClusterModel, ResolvedNodePool } from "../../model/types.js";
import { attr, attrs, block, comment, raw, type BodyItem, type Expr, type Raw } from "./hcl.js";
import { countFor, optionalBlock, type TfModule } from "./module.js";
import { CLUSTER, tags } from "./common.js";

function osType(p: ResolvedNodePool): string {
  return p.osSku.startsWith("Windows") ? "Windows" : "Linux";
}

function sortedLabels(p: ResolvedNodePool): Record<string, string> {
  return Object.fromEntries(Object.entries(p.labels).sort(([a], [b]) => a.localeCompare(b)));
}

export function buildNodePools(
  mod: TfModule,
  others: (m: ClusterModel) => ResolvedNodePool[],
  kubernetesVersion: Raw,
): BodyItem[] {
  const names = [...new Set(mod.models.flatMap((m) => others(m).map((p) => p.name)))].sort();
  const out: BodyItem[] = [];
  for (const name of names) {
    const pool = (m: ClusterModel) => others(m).find((p) => p.name === name);
    const gate = mod.gate(
      `node_pool_${name}_enabled`,
      `Node pool ${name} exists in this environment.`,
      (m) => pool(m) !== undefined,
    );
    const partial = gate.presence === "some";
    const v = (
      field: string,
      type: string,
      description: string,
      f: (p: ResolvedNodePool) => Expr,
      nullable = false,
    ) =>
      mod.variable({
        name: `node_pool_${name}_${field}`,
        type,
        description: `${description} (node pool ${name}).`,
        ...(partial || nullable ? { nullable: true } : {}),
        value: (m) => {
          const p = pool(m);
          return p ? f(p) : null;
        },
      });
    const present = mod.models.map(pool).filter((p): p is ResolvedNodePool => p !== undefined);
    const spot = present.some((p) => p.priority === "Spot");
    const surge = mod.gate(
      `node_pool_${name}_surge_enabled`,
      `Node pool ${name} takes max surge settings (spot pools do not).`,
      (m) => pool(m) !== undefined && pool(m)!.priority !== "Spot",
    );
    out.push(
      block(
        "resource",
        ["azurerm_kubernetes_cluster_node_pool", name],
        [
          countFor(gate),
          attrs({
            name,
            kubernetes_cluster_id: raw(`${CLUSTER}.id`),
            mode: v("mode", "string", "System or User", (p) => p.mode),
            vm_size: v("vm_size", "string", "VM size", (p) => p.vmSize),
            auto_scaling_enabled: true,
            min_count: v("min_count", "number", "Autoscaler minimum", (p) => p.min),
            node_count: raw(`var.node_pool_${name}_min_count`),
            max_count: v("max_count", "number", "Autoscaler maximum", (p) => p.max),
            zones: v("zones", "list(string)", "Availability zones", (p) => p.zones),
            os_type: v("os_type", "string", "Linux or Windows", osType),
            os_sku: v("os_sku", "string", "Node OS", (p) => p.osSku),
            max_pods: v("max_pods", "number", "Max pods per node", (p) => p.maxPods),
            os_disk_type: v(
              "os_disk_type",
              "string",
              "OS disk type (Ephemeral or Managed)",
              (p) => p.osDiskType,
            ),
            os_disk_size_gb: v("os_disk_size_gb", "number", "OS disk size in GiB", (p) => p.osDiskSizeGb),
            priority: v("priority", "string", "Regular or Spot", (p) => p.priority),
            eviction_policy: spot
              ? v(
                  "eviction_policy",
                  "string",
                  "What happens to evicted spot nodes; null for Regular",
                  (p) => (p.priority === "Spot" ? (p.evictionPolicy ?? "Delete") : null),
                  true,
                )
              : undefined,
            spot_max_price: spot
              ? v(
                  "spot_max_price",
                  "number",
                  "Max hourly spot price (-1: up to pay-as-you-go); null for Regular",
                  (p) => (p.priority === "Spot" ? (p.spotMaxPrice ?? -1) : null),
                  true,
                )
              : undefined,
            node_taints: v("taints", "list(string)", "Node taints", (p) => p.taints),
            node_labels: v("labels", "map(string)", "Node labels", sortedLabels),
            host_encryption_enabled: raw("var.host_encryption_enabled"),
            fips_enabled: raw("var.fips_enabled"),
            orchestrator_version: kubernetesVersion,
            vnet_subnet_id: raw(
              `azurerm_subnet.spoke[${v("subnet", "string", "Spoke subnet key the nodes live in", (p) => p.subnet).text}].id`,
            ),
            tags: tags(mod),
          }),
          ...(spot && surge.presence !== "none" ? [comment("Spot pools take no surge settings.")] : []),
          surge.presence === "none"
            ? []
            : optionalBlock(surge, "upgrade_settings", [
                attr(
                  "max_surge",
                  v(
                    "max_surge",
                    "string",
                    "Extra nodes during upgrades; null for spot pools",
                    (p) => (p.priority === "Spot" ? null : p.maxSurge),
                    spot,
                  ),
                ),
              ]),
          block("lifecycle", [], [attr("ignore_changes", [raw("node_count")])]),
        ],
      ),
    );
  }
  return out;
}
