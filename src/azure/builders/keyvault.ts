/**
 * Key Vault for workload secrets (seed 000 "Secrets Store CSI driver", seed 003 "Add secret
 * management"): RBAC authorization, soft delete and purge protection, private endpoint and DNS zone;
 * with customer-managed disk keys also the RSA key the disk encryption set wraps node disk keys with.
 */
import { type BuildContext, LOCATION } from "../context.js";
import { subnetId, tenantId } from "../expr.js";
import { API, type ArmResourceDef } from "../resources.js";
import { privateDnsZone, privateEndpoint } from "./common.js";

/** The Key Vault key encrypting node disks (security.customerManagedKeys). */
export const DISK_ENCRYPTION_KEY = "aks-disk-encryption";

export function buildKeyVault(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const kv = c.settings.keyVault;
  if (!kv.enabled) return [];
  const out: ArmResourceDef[] = [
    {
      symbol: "keyVault",
      concern: "keyvault",
      type: "Microsoft.KeyVault/vaults",
      apiVersion: API.keyVault,
      name: c.names.keyVault,
      location: LOCATION,
      tags: c.tags,
      properties: {
        tenantId: tenantId(),
        sku: { family: "A", name: "standard" },
        enableRbacAuthorization: true,
        enableSoftDelete: true,
        softDeleteRetentionInDays: kv.softDeleteDays,
        // Purge protection cannot be turned off once on; ARM rejects `false`, so it is left out when off.
        ...(kv.purgeProtection ? { enablePurgeProtection: true } : {}),
        publicNetworkAccess: kv.privateEndpoint ? "Disabled" : "Enabled",
        networkAcls: {
          bypass: "AzureServices",
          defaultAction: kv.privateEndpoint ? "Deny" : "Allow",
        },
      },
      description: "Key Vault (RBAC authorization) holding the workloads' secrets.",
    },
  ];
  if (c.settings.security.customerManagedKeys)
    out.push({
      symbol: "diskEncryptionKey",
      concern: "keyvault",
      type: "Microsoft.KeyVault/vaults/keys",
      apiVersion: API.keyVault,
      name: DISK_ENCRYPTION_KEY,
      parent: "keyVault",
      tags: c.tags,
      // RSA 3072 (Azure disk encryption sets accept RSA 2048, 3072 and 4096 keys,
      // learn.microsoft.com/azure/virtual-machines/disk-encryption#restrictions); rotated yearly, and the
      // disk encryption set follows the newest version.
      properties: {
        kty: "RSA",
        keySize: 3072,
        keyOps: ["wrapKey", "unwrapKey"],
        attributes: { enabled: true },
        rotationPolicy: {
          attributes: { expiryTime: "P2Y" },
          lifetimeActions: [
            { action: { type: "rotate" }, trigger: { timeAfterCreate: "P1Y" } },
            { action: { type: "notify" }, trigger: { timeBeforeExpiry: "P30D" } },
          ],
        },
      },
      description: "Customer-managed key (RSA 3072, rotated yearly) encrypting the node OS and data disks.",
    });
  if (kv.privateEndpoint)
    out.push(
      ...privateDnsZone({
        prefix: "keyVault",
        concern: "keyvault",
        zone: "privatelink.vaultcore.azure.net",
        tags: c.tags,
        vnet: "spokeVnet",
        what: "Key Vault",
      }),
      ...privateEndpoint({
        prefix: "keyVault",
        concern: "keyvault",
        name: `pe-${c.names.keyVault}`,
        location: LOCATION,
        tags: c.tags,
        target: "keyVault",
        groupId: "vault",
        subnet: subnetId("spokeVnet", "snet-private-endpoints"),
        dnsZone: "keyVaultDnsZone",
        what: "Key Vault",
      }),
    );
  return out;
}
