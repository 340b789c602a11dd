/**
 * flow-logs.tf: virtual network flow logs (Network Watcher) for the spoke VNet of an environment, and the
 * same for the hub VNet in the hub root module: a storage account with no public access for the logs, the
 * flow log kept `observability.logRetentionDays` (at most 365, the flow log limit) with traffic analytics
 * every 10 minutes into Log Analytics (learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview).
 *
 * The Network Watcher is a data source, not a resource: Azure creates `NetworkWatcher_<region>` in
 * `NetworkWatcherRG` by itself when the first virtual network of a subscription lands in a region
 * (learn.microsoft.com/azure/network-watcher/network-watcher-create), so a resource of the same name would
 * fail to create ("already exists") or, once imported into one state, be destroyed with it although the
 * hub and every other environment's flow logs live on it. A flow log must sit in the watcher's group and
 * region, hence its `resource_group_name` and `location` come from the watcher.
 */
import type { ClusterModel } from "../../model/types.js";
import { attrs, block, comment, raw, type BodyItem, type Expr, type Raw } from "./hcl.js";
import { countFor, type Gate, type TfModule } from "./module.js";

/** The watcher Azure creates per region (learn.microsoft.com/azure/network-watcher/network-watcher-create). */
export const NETWORK_WATCHER_RG = "NetworkWatcherRG";

/** Flow log storage retention is 1-365 days; longer Log Analytics retention keeps traffic analytics longer. */
export const flowLogRetentionDays = (logRetentionDays: number) => Math.min(logRetentionDays, 365);

/**
 * Globally unique storage account names, 3-24 lowercase letters and digits, the same as the ARM target's:
 * `st<platform><env>flog` for a spoke, `st<platform>hubflog` for the hub.
 */
export function flowLogStorageName(base: string, suffix: "flog" | "hubflog"): string {
  return `st${base.replace(/[^a-z0-9]/g, "").slice(0, 22 - suffix.length)}${suffix}`;
}

export interface FlowLogTarget {
  /** Module the variables are declared in. */
  mod: TfModule;
  /** Presence of flow logs (the env module gates them; the hub module has them or not). */
  gate: Gate;
  /** `spoke` or `hub`: resource labels and the storage account name's scope. */
  scope: string;
  location: Raw;
  resourceGroupName: Raw;
  /** Reference to the VNet (`azurerm_virtual_network.spoke`). */
  vnet: string;
  /** Reference to the Log Analytics workspace traffic analytics writes to. */
  workspace: string;
  storageName: (m: ClusterModel) => string;
  /** The VNet's name: the flow log is `fl-<vnet>`. */
  vnetName: (m: ClusterModel) => string;
  tags: Expr;
  /** Log retention the flow log follows (capped at 365 days). */
  logRetentionDays: (m: ClusterModel) => number;
}

export function buildFlowLogs(t: FlowLogTarget): BodyItem[] {
  const { mod, gate } = t;
  if (gate.presence === "none") return [];
  const one = (address: string) => (gate.presence === "some" ? `${address}[0]` : address);
  const watcher = one("data.azurerm_network_watcher.this");
  const storage = mod.variable({
    name: "flow_log_storage_account_name",
    type: "string",
    description: "Storage account for VNet flow logs (globally unique, 3-24 lowercase letters and digits).",
    validation: [
      {
        condition: `can(regex("^[a-z0-9]{3,24}$", var.flow_log_storage_account_name))`,
        message: "flow_log_storage_account_name must be 3-24 lowercase letters and digits.",
      },
    ],
    value: t.storageName,
  });
  const retention = mod.variable({
    name: "flow_log_retention_days",
    type: "number",
    description: "Days the flow log storage account keeps flow logs (1-365).",
    validation: [
      {
        condition: "var.flow_log_retention_days >= 1 && var.flow_log_retention_days <= 365",
        message: "flow_log_retention_days must be 1-365.",
      },
    ],
    value: (m) => flowLogRetentionDays(t.logRetentionDays(m)),
  });
  return [
    comment(
      "Azure creates NetworkWatcher_<region> in NetworkWatcherRG with the region's first VNet; it is shared, so it is read, not managed.",
    ),
    block(
      "data",
      ["azurerm_network_watcher", "this"],
      [
        countFor(gate),
        attrs({
          name: raw(`"NetworkWatcher_\${${t.location.text}}"`),
          resource_group_name: NETWORK_WATCHER_RG,
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_storage_account", "flow_logs"],
      [
        countFor(gate),
        attrs({
          name: storage,
          location: t.location,
          resource_group_name: t.resourceGroupName,
          account_tier: "Standard",
          // Zone-redundant where the platform uses zones, as the environment's other storage.
          account_replication_type: t.mod.variable({
            name: "flow_log_storage_replication",
            type: "string",
            description: "Replication of the flow log storage account (ZRS where the platform spans zones).",
            value: (m) => (m.settings.nodePoolDefaults.zones.length > 0 ? "ZRS" : "LRS"),
          }),
          account_kind: "StorageV2",
          min_tls_version: "TLS1_2",
          https_traffic_only_enabled: true,
          allow_nested_items_to_be_public: false,
          shared_access_key_enabled: false,
          default_to_oauth_authentication: true,
          tags: t.tags,
        }),
        comment("Network Watcher writes as a trusted Azure service; nothing else reaches the account."),
        block("network_rules", [], [attrs({ default_action: "Deny", bypass: ["AzureServices"] })]),
      ],
    ),
    block(
      "resource",
      ["azurerm_network_watcher_flow_log", t.scope],
      [
        countFor(gate),
        attrs({
          name: mod.variable({
            name: "flow_log_name",
            type: "string",
            description: "Name of the VNet's flow log (in the Network Watcher's resource group).",
            value: (m) => `fl-${t.vnetName(m)}`,
          }),
          network_watcher_name: raw(`${watcher}.name`),
          resource_group_name: raw(`${watcher}.resource_group_name`),
          location: raw(`${watcher}.location`),
          target_resource_id: raw(`${t.vnet}.id`),
          storage_account_id: raw(`${one("azurerm_storage_account.flow_logs")}.id`),
          enabled: true,
          version: 2,
          tags: t.tags,
        }),
        block("retention_policy", [], [attrs({ enabled: true, days: retention })]),
        block(
          "traffic_analytics",
          [],
          [
            attrs({
              enabled: true,
              workspace_id: raw(`${t.workspace}.workspace_id`),
              workspace_region: raw(`${t.workspace}.location`),
              workspace_resource_id: raw(`${t.workspace}.id`),
              interval_in_minutes: 10,
            }),
          ],
        ),
      ],
    ),
  ];
}
