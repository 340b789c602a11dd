import { acrAdminUserDisabled } from "../../../src/rules/azure/azure/acr-admin-user-disabled.js";
import { acrAnonymousPullDisabled } from "../../../src/rules/azure/azure/acr-anonymous-pull-disabled.js";
import { acrGeoReplication } from "../../../src/rules/azure/azure/acr-geo-replication.js";
import { acrPremiumSku } from "../../../src/rules/azure/azure/acr-premium-sku.js";
import { acrPublicNetworkDisabled } from "../../../src/rules/azure/azure/acr-public-network-disabled.js";
import { acrZoneRedundancy } from "../../../src/rules/azure/azure/acr-zone-redundancy.js";
import { keyVaultPublicNetworkDisabled } from "../../../src/rules/azure/azure/key-vault-public-network-disabled.js";
import { keyVaultPurgeProtection } from "../../../src/rules/azure/azure/key-vault-purge-protection.js";
import { keyVaultRbacAuthorization } from "../../../src/rules/azure/azure/key-vault-rbac-authorization.js";
import { keyVaultSoftDelete } from "../../../src/rules/azure/azure/key-vault-soft-delete.js";
import { logAnalyticsRetention } from "../../../src/rules/azure/azure/log-analytics-retention.js";
import { resources, testRule } from "./helpers.js";

const ACR = "Microsoft.ContainerRegistry/registries";
const acr = (sku: string, properties: Record<string, unknown> = {}) => ({
  type: ACR,
  name: "crcontoso",
  location: "westeurope",
  sku: { name: sku },
  properties,
});
const KV = "Microsoft.KeyVault/vaults";
const kv = (properties: Record<string, unknown>) => ({
  type: KV,
  name: "kv-contoso",
  properties: { tenantId: "t", sku: { family: "A", name: "standard" }, ...properties },
});

testRule(acrAdminUserDisabled, {
  valid: [resources(acr("Premium", { adminUserEnabled: false })), resources(acr("Basic"))],
  invalid: [
    {
      facts: resources(acr("Premium", { adminUserEnabled: true })),
      message: 'Registry "crcontoso" has the admin user enabled',
      path: "properties.adminUserEnabled",
    },
  ],
});

testRule(acrAnonymousPullDisabled, {
  valid: [resources(acr("Standard"))],
  invalid: [
    {
      facts: resources(acr("Standard", { anonymousPullEnabled: true })),
      message: "allows anonymous pull",
      path: "properties.anonymousPullEnabled",
    },
  ],
});

testRule(acrPremiumSku, {
  valid: [resources(acr("Premium"))],
  invalid: [{ facts: resources(acr("Basic")), message: 'uses the "Basic" tier', path: "sku.name" }],
});

testRule(acrPublicNetworkDisabled, {
  valid: [
    resources(acr("Premium", { publicNetworkAccess: "Disabled" })),
    resources(acr("Premium", { networkRuleSet: { defaultAction: "Deny" } })),
  ],
  invalid: [
    {
      facts: resources(acr("Premium")),
      message: 'publicNetworkAccess is "Enabled"',
      path: "properties.publicNetworkAccess",
    },
    {
      facts: resources(acr("Premium", { publicNetworkAccess: "Enabled" })),
      message: "accepts traffic from public networks",
      path: "properties.publicNetworkAccess",
    },
  ],
});

testRule(acrGeoReplication, {
  valid: [
    // Terraform georeplications blocks, loaded inline.
    resources(acr("Premium", { replications: [{ location: "northeurope" }] })),
    resources(acr("Premium"), {
      type: `${ACR}/replications`,
      name: "crcontoso/northeurope",
      location: "northeurope",
      properties: {},
    }),
  ],
  invalid: [
    {
      facts: resources(acr("Premium")),
      message: 'Registry "crcontoso" has no replica in another region',
      path: "location",
    },
    {
      // A replication in the home region is not a geo-replica.
      facts: resources(acr("Premium"), {
        type: `${ACR}/replications`,
        name: "crcontoso/westeurope",
        location: "westeurope",
        properties: {},
      }),
      message: "no replica in another region",
      path: "location",
    },
  ],
});

testRule(acrZoneRedundancy, {
  valid: [resources(acr("Premium", { zoneRedundancy: "Enabled" })), resources(acr("Basic"))],
  invalid: [
    {
      facts: resources(acr("Premium", { zoneRedundancy: "Disabled" })),
      message: "is not zone-redundant",
      path: "properties.zoneRedundancy",
    },
  ],
});

testRule(keyVaultRbacAuthorization, {
  valid: [resources(kv({ enableRbacAuthorization: true }))],
  invalid: [
    {
      facts: resources(kv({ accessPolicies: [] })),
      message: 'Key Vault "kv-contoso" uses access policies',
      path: "properties.enableRbacAuthorization",
    },
  ],
});

testRule(keyVaultPurgeProtection, {
  valid: [resources(kv({ enablePurgeProtection: true }))],
  invalid: [
    {
      facts: resources(kv({})),
      message: "does not have purge protection enabled",
      path: "properties.enablePurgeProtection",
    },
  ],
});

testRule(keyVaultSoftDelete, {
  valid: [
    resources(kv({ softDeleteRetentionInDays: 90 })),
    resources(kv({ enableSoftDelete: true, softDeleteRetentionInDays: 7 })),
  ],
  invalid: [
    {
      facts: resources(kv({ enableSoftDelete: false })),
      message: "disables soft delete",
      path: "properties.enableSoftDelete",
    },
    {
      facts: resources(kv({ softDeleteRetentionInDays: 3 })),
      message: "keeps deleted objects for 3 days",
      path: "properties.enableSoftDelete",
    },
  ],
});

testRule(keyVaultPublicNetworkDisabled, {
  valid: [
    resources(kv({ publicNetworkAccess: "Disabled" })),
    resources(kv({ networkAcls: { defaultAction: "Deny", bypass: "AzureServices" } })),
  ],
  invalid: [
    {
      facts: resources(kv({ publicNetworkAccess: "Enabled" })),
      message: "accepts traffic from all networks",
      path: "properties.publicNetworkAccess",
    },
  ],
});

testRule(logAnalyticsRetention, {
  valid: [
    resources({
      type: "Microsoft.OperationalInsights/workspaces",
      name: "log-contoso",
      properties: { retentionInDays: 30 },
    }),
    resources({ type: "Microsoft.OperationalInsights/workspaces", name: "log-contoso", properties: {} }),
  ],
  invalid: [
    {
      facts: resources({
        type: "Microsoft.OperationalInsights/workspaces",
        name: "log-contoso",
        properties: { retentionInDays: 7 },
      }),
      message: 'Log Analytics workspace "log-contoso" keeps logs 7 days',
      path: "properties.retentionInDays",
    },
  ],
});
