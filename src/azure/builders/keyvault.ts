/**
 * Key Vault for workload secrets (seed 000 "Secrets Store CSI driver", seed 003 "Add secret
 * management"): RBAC authorization, soft delete and purge protection, private endpoint and DNS zone.
 */
import { type BuildContext, LOCATION } from "../context.js";
import { subnetId, tenantId } from "../expr.js";
import { API, type ArmResourceDef } from "../resources.js";
import { privateDnsZone, privateEndpoint } from "./common.js";

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
