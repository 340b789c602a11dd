/**
 * Cluster backup (seed 000 "Backup y disaster recovery", seed 003 "Cluster backup"): for Velero a
 * storage account and container with a workload identity allowed to write to it; for the AKS backup
 * extension a Backup vault, the extension and its storage account.
 */
import { type BuildContext, LOCATION } from "../context.js";
import { cloud, concat, refOf, subnetId, subscriptionId, tenantId } from "../expr.js";
import { API, type ArmResourceDef } from "../resources.js";
import { privateDnsZone, privateEndpoint, roleAssignment, userIdentity } from "./common.js";
import { federatedCredential } from "./identity.js";

/** Velero's namespace and service account in the GitOps repository. */
export const VELERO_SERVICE_ACCOUNT = { namespace: "velero", name: "velero" } as const;
export const BACKUP_CONTAINER = "velero";

export function buildBackup(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const tool = c.settings.backup.tool;
  if (tool === "none") return [];
  const zoned = c.settings.nodePoolDefaults.zones.length > 0;
  const out: ArmResourceDef[] = [
    {
      symbol: "backupStorage",
      concern: "backup",
      type: "Microsoft.Storage/storageAccounts",
      apiVersion: API.storage,
      name: c.names.backupStorageAccount,
      location: LOCATION,
      tags: c.tags,
      kind: "StorageV2",
      sku: { name: zoned ? "Standard_ZRS" : "Standard_LRS" },
      properties: {
        accessTier: "Hot",
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        minimumTlsVersion: "TLS1_2",
        supportsHttpsTrafficOnly: true,
        // Reached through its private endpoint in the spoke only.
        publicNetworkAccess: "Disabled",
        networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
      },
      description:
        "Storage account holding cluster backups (private endpoint only, no shared keys, no public blobs).",
    },
    ...privateDnsZone({
      prefix: "backupBlob",
      concern: "backup",
      zone: concat("privatelink.blob.", cloud("storageSuffix")),
      tags: c.tags,
      vnet: "spokeVnet",
      what: "backup storage account",
    }),
    ...privateEndpoint({
      prefix: "backupBlob",
      concern: "backup",
      name: `pe-${c.names.backupStorageAccount}-blob`,
      location: LOCATION,
      tags: c.tags,
      target: "backupStorage",
      groupId: "blob",
      subnet: subnetId("spokeVnet", "snet-private-endpoints"),
      dnsZone: "backupBlobDnsZone",
      what: "backup storage account",
    }),
    {
      symbol: "backupBlobService",
      concern: "backup",
      type: "Microsoft.Storage/storageAccounts/blobServices",
      apiVersion: API.storage,
      name: "default",
      parent: "backupStorage",
      properties: { deleteRetentionPolicy: { enabled: true, days: 7 } },
      description: "Blob service of the backup account with soft delete.",
    },
    {
      symbol: "backupContainer",
      concern: "backup",
      type: "Microsoft.Storage/storageAccounts/blobServices/containers",
      apiVersion: API.storage,
      name: BACKUP_CONTAINER,
      parent: "backupBlobService",
      properties: { publicAccess: "None" },
      description: "Blob container the backups are written to.",
    },
  ];
  if (tool === "velero") {
    out.push(
      userIdentity(
        "veleroIdentity",
        "backup",
        c.names.backupIdentity,
        LOCATION,
        c.tags,
        "Workload identity of Velero.",
      ),
      federatedCredential(
        "veleroFederation",
        "veleroIdentity",
        "velero",
        VELERO_SERVICE_ACCOUNT.namespace,
        VELERO_SERVICE_ACCOUNT.name,
        "backup",
      ),
      roleAssignment({
        symbol: "veleroBlobContributor",
        concern: "backup",
        scope: "backupStorage",
        identity: "veleroIdentity",
        role: "Storage Blob Data Contributor",
        description: "Lets Velero write backups to the storage account.",
      }),
    );
    return out;
  }
  out.push(
    {
      symbol: "backupVault",
      concern: "backup",
      type: "Microsoft.DataProtection/backupVaults",
      apiVersion: API.dataProtection,
      name: c.names.backupVault,
      location: LOCATION,
      tags: c.tags,
      identity: { type: "SystemAssigned" },
      properties: {
        storageSettings: [
          { datastoreType: "VaultStore", type: zoned ? "ZoneRedundant" : "LocallyRedundant" },
        ],
        securitySettings: { softDeleteSettings: { state: "On", retentionDurationInDays: 14 } },
      },
      description: "Backup vault for the AKS backup extension (Azure Backup for AKS).",
    },
    {
      symbol: "backupExtension",
      concern: "backup",
      type: "Microsoft.KubernetesConfiguration/extensions",
      apiVersion: API.clusterExtensions,
      name: "azure-aks-backup",
      scope: "cluster",
      properties: {
        extensionType: "microsoft.dataprotection.kubernetes",
        autoUpgradeMinorVersion: true,
        releaseTrain: "stable",
        configurationSettings: {
          "configuration.backupStorageLocation.bucket": BACKUP_CONTAINER,
          "configuration.backupStorageLocation.config.storageAccount": c.names.backupStorageAccount,
          "configuration.backupStorageLocation.config.resourceGroup": c.names.resourceGroup,
          "configuration.backupStorageLocation.config.subscriptionId": subscriptionId(),
          "credentials.tenantId": tenantId(),
        },
      },
      dependsOn: ["backupContainer"],
      description: "The AKS backup extension writing to the backup storage account.",
    },
    roleAssignment({
      symbol: "backupExtensionBlobContributor",
      concern: "backup",
      scope: "backupStorage",
      identity: "backupExtension",
      principalId: refOf("backupExtension", "aksAssignedIdentity.principalId"),
      role: "Storage Blob Data Contributor",
      description: "Lets the backup extension's identity write to the backup storage account.",
    }),
  );
  return out;
}
