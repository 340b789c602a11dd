/**
 * backup.tf: Velero (a storage account and container, a managed identity federated with the velero
 * service account, Storage Blob Data Contributor on the account and Disk Snapshot Contributor on the
 * node resource group) or the AKS backup extension with a Backup vault, policy and instance. The storage
 * account has no public network access: it is reached through a private endpoint (privatelink.blob).
 */
import type { ClusterModel } from "../../model/types.js";
import { attr, attrs, block, raw, type BodyItem } from "./hcl.js";
import { countFor, ref, type Gate, type TfModule } from "./module.js";
import { CLIENT, CLUSTER, RG, placed, tags } from "./common.js";
import { TOKEN_AUDIENCE } from "./identity.js";
import { privateEndpoint } from "./private-endpoint.js";

export function backupGates(mod: TfModule): { velero: Gate; aksBackup: Gate; storage: Gate } {
  return {
    velero: mod.gate(
      "velero_enabled",
      "Velero backups (storage account + workload identity).",
      (m) => m.settings.backup.tool === "velero",
    ),
    aksBackup: mod.gate(
      "aks_backup_enabled",
      "AKS backup extension with a Backup vault.",
      (m) => m.settings.backup.tool === "aks-backup",
    ),
    storage: mod.gate(
      "backup_storage_enabled",
      "Storage account holding backups.",
      (m) => m.settings.backup.tool !== "none",
    ),
  };
}

/** Hours and minutes of a daily cron (`M H * * *`); other schedules fall back to 02:00. */
export function dailyTime(cron: string): string {
  const m = /^(\d{1,2})\s+(\d{1,2})\s+\*\s+\*\s+\*$/.exec(cron.trim());
  const mm = m?.[1] ? m[1].padStart(2, "0") : "00";
  const hh = m?.[2] ? m[2].padStart(2, "0") : "02";
  return `${hh}:${mm}`;
}

/** Go duration (720h) → ISO 8601 days (P30D), at least one day. */
export function retentionDays(duration: string): number {
  const h = /(\d+)h/.exec(duration);
  const min = /(\d+)m/.exec(duration);
  const hours = (h?.[1] ? Number(h[1]) : 0) + (min?.[1] ? Number(min[1]) / 60 : 0);
  return Math.max(1, Math.ceil(hours / 24));
}

export function buildBackup(mod: TfModule, g: { velero: Gate; aksBackup: Gate; storage: Gate }): BodyItem[] {
  if (g.storage.presence === "none") return [];
  const tg = tags(mod);
  const sa = "azurerm_storage_account.backup";
  const out: BodyItem[] = [
    block(
      "resource",
      ["azurerm_storage_account", "backup"],
      [
        countFor(g.storage),
        attrs({
          ...placed(
            mod,
            mod.variable({
              name: "backup_storage_account_name",
              type: "string",
              description:
                "Storage account for backups (globally unique, 3-24 lowercase letters and digits).",
              validation: [
                {
                  condition: `can(regex("^[a-z0-9]{3,24}$", var.backup_storage_account_name))`,
                  message: "backup_storage_account_name must be 3-24 lowercase letters and digits.",
                },
              ],
              value: (m) => m.names.backupStorageAccount,
            }),
          ),
          account_tier: "Standard",
          account_replication_type: mod.variable({
            name: "backup_storage_replication",
            type: "string",
            description: "Replication of the backup storage account (ZRS where the cluster spans zones).",
            value: (m: ClusterModel) => (m.settings.nodePoolDefaults.zones.length > 1 ? "ZRS" : "LRS"),
          }),
          account_kind: "StorageV2",
          min_tls_version: "TLS1_2",
          https_traffic_only_enabled: true,
          allow_nested_items_to_be_public: false,
          shared_access_key_enabled: false,
          default_to_oauth_authentication: true,
          // Reached through its private endpoint in the spoke only.
          public_network_access_enabled: false,
          tags: tg,
        }),
        block("network_rules", [], [attrs({ default_action: "Deny", bypass: ["AzureServices"] })]),
        block(
          "blob_properties",
          [],
          [
            attr("versioning_enabled", true),
            block("delete_retention_policy", [], [attr("days", 7)]),
            block("container_delete_retention_policy", [], [attr("days", 7)]),
          ],
        ),
      ],
    ),
    block(
      "resource",
      ["azurerm_storage_container", "backup"],
      [
        countFor(g.storage),
        attrs({
          name: "backups",
          storage_account_id: raw(ref(g.storage, sa, "id")),
          container_access_type: "private",
        }),
      ],
    ),
    ...privateEndpoint(mod, g.storage, {
      label: "backup_blob",
      zone: "privatelink.blob.core.windows.net",
      subresource: "blob",
      targetId: ref(g.storage, sa, "id"),
      name: `"pe-\${var.backup_storage_account_name}-blob"`,
    }),
  ];
  if (g.velero.presence !== "none") {
    const id = "azurerm_user_assigned_identity.velero";
    out.push(
      block(
        "resource",
        ["azurerm_user_assigned_identity", "velero"],
        [
          countFor(g.velero),
          attrs({
            ...placed(
              mod,
              mod.variable({
                name: "velero_identity_name",
                type: "string",
                description: "Managed identity of Velero.",
                value: (m) => m.names.backupIdentity,
              }),
            ),
            tags: tg,
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_federated_identity_credential", "velero"],
        [
          countFor(g.velero),
          attrs({
            name: "fic-velero",
            resource_group_name: raw(`${RG}.name`),
            parent_id: raw(ref(g.velero, id, "id")),
            audience: [TOKEN_AUDIENCE],
            issuer: raw(`${CLUSTER}.oidc_issuer_url`),
            subject: "system:serviceaccount:velero:velero",
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_role_assignment", "velero_storage"],
        [
          countFor(g.velero),
          attrs({
            scope: raw(ref(g.storage, sa, "id")),
            role_definition_name: "Storage Blob Data Contributor",
            principal_id: raw(ref(g.velero, id, "principal_id")),
            principal_type: "ServicePrincipal",
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_role_assignment", "velero_snapshots"],
        [
          countFor(g.velero),
          attrs({
            scope: raw(`${CLUSTER}.node_resource_group_id`),
            role_definition_name: "Disk Snapshot Contributor",
            principal_id: raw(ref(g.velero, id, "principal_id")),
            principal_type: "ServicePrincipal",
          }),
        ],
      ),
    );
  }
  if (g.aksBackup.presence !== "none") {
    const vault = "azurerm_data_protection_backup_vault.this";
    const ext = "azurerm_kubernetes_cluster_extension.backup";
    out.push(
      block(
        "resource",
        ["azurerm_data_protection_backup_vault", "this"],
        [
          countFor(g.aksBackup),
          attrs({
            ...placed(
              mod,
              mod.variable({
                name: "backup_vault_name",
                type: "string",
                description: "Backup vault of the AKS backup extension.",
                value: (m) => m.names.backupVault,
              }),
            ),
            datastore_type: "VaultStore",
            redundancy: "LocallyRedundant",
            soft_delete: "On",
            retention_duration_in_days: 14,
            tags: tg,
          }),
          block("identity", [], [attr("type", "SystemAssigned")]),
        ],
      ),
      block(
        "resource",
        ["azurerm_kubernetes_cluster_extension", "backup"],
        [
          countFor(g.aksBackup),
          attrs({
            name: "azure-aks-backup",
            cluster_id: raw(`${CLUSTER}.id`),
            extension_type: "microsoft.dataprotection.kubernetes",
            release_train: "stable",
            release_namespace: "dataprotection-microsoft",
            configuration_settings: {
              "configuration.backupStorageLocation.bucket": raw(
                ref(g.aksBackup, "azurerm_storage_container.backup", "name"),
              ),
              "configuration.backupStorageLocation.config.resourceGroup": raw(`${RG}.name`),
              "configuration.backupStorageLocation.config.storageAccount": raw(ref(g.aksBackup, sa, "name")),
              "configuration.backupStorageLocation.config.subscriptionId": raw(`${CLIENT}.subscription_id`),
              "credentials.tenantId": raw(`${CLIENT}.tenant_id`),
            },
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_role_assignment", "backup_extension_storage"],
        [
          countFor(g.aksBackup),
          attrs({
            scope: raw(ref(g.aksBackup, sa, "id")),
            role_definition_name: "Storage Blob Data Contributor",
            principal_id: raw(ref(g.aksBackup, ext, "aks_assigned_identity[0].principal_id")),
            principal_type: "ServicePrincipal",
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_kubernetes_cluster_trusted_access_role_binding", "backup"],
        [
          countFor(g.aksBackup),
          attrs({
            name: "backup",
            kubernetes_cluster_id: raw(`${CLUSTER}.id`),
            roles: ["Microsoft.DataProtection/backupVaults/backup-operator"],
            source_resource_id: raw(ref(g.aksBackup, vault, "id")),
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_role_assignment", "backup_vault_cluster_reader"],
        [
          countFor(g.aksBackup),
          attrs({
            scope: raw(`${CLUSTER}.id`),
            role_definition_name: "Reader",
            principal_id: raw(ref(g.aksBackup, vault, "identity[0].principal_id")),
            principal_type: "ServicePrincipal",
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_role_assignment", "backup_vault_snapshots"],
        [
          countFor(g.aksBackup),
          attrs({
            scope: raw(`${RG}.id`),
            role_definition_name: "Reader",
            principal_id: raw(ref(g.aksBackup, vault, "identity[0].principal_id")),
            principal_type: "ServicePrincipal",
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_data_protection_backup_policy_kubernetes_cluster", "daily"],
        [
          countFor(g.aksBackup),
          attrs({
            name: "daily",
            resource_group_name: raw(`${RG}.name`),
            vault_name: raw(ref(g.aksBackup, vault, "name")),
            backup_repeating_time_intervals: [raw(`"R/2025-01-01T\${var.backup_time}:00+00:00/P1D"`)],
            time_zone: "UTC",
          }),
          block(
            "default_retention_rule",
            [],
            [
              block(
                "life_cycle",
                [],
                [
                  attrs({
                    data_store_type: "OperationalStore",
                    duration: raw(`"P\${var.backup_retention_days}D"`),
                  }),
                ],
              ),
            ],
          ),
        ],
      ),
      block(
        "resource",
        ["azurerm_data_protection_backup_instance_kubernetes_cluster", "this"],
        [
          countFor(g.aksBackup),
          attrs({
            name: raw(`"bi-\${var.cluster_name}"`),
            location: raw(`${RG}.location`),
            vault_id: raw(ref(g.aksBackup, vault, "id")),
            kubernetes_cluster_id: raw(`${CLUSTER}.id`),
            snapshot_resource_group_name: raw(`${RG}.name`),
            backup_policy_id: raw(
              ref(g.aksBackup, "azurerm_data_protection_backup_policy_kubernetes_cluster.daily", "id"),
            ),
          }),
          block(
            "backup_datasource_parameters",
            [],
            [
              attrs({
                included_namespaces: raw("var.backup_namespaces"),
                cluster_scoped_resources_enabled: true,
                volume_snapshot_enabled: true,
              }),
            ],
          ),
          attr("depends_on", [
            raw("azurerm_kubernetes_cluster_trusted_access_role_binding.backup"),
            raw("azurerm_role_assignment.backup_extension_storage"),
          ]),
        ],
      ),
    );
    mod.variable({
      name: "backup_time",
      type: "string",
      description: "Daily backup time (HH:MM, UTC) from the spec's cron schedule.",
      value: (m) => dailyTime(m.settings.backup.schedule),
    });
    mod.variable({
      name: "backup_retention_days",
      type: "number",
      description: "Days backups are kept.",
      value: (m) => retentionDays(m.settings.backup.retention),
    });
    mod.variable({
      name: "backup_namespaces",
      type: "list(string)",
      description: "Namespaces backed up (every namespace the spec declares when the spec lists none).",
      value: (m) =>
        (m.settings.backup.namespaces.length > 0
          ? m.settings.backup.namespaces
          : m.namespaces.map((n) => n.name)
        )
          .slice()
          .sort(),
    });
  }
  return out;
}
