import { azurePolicyAddon } from "../../../src/rules/azure/cluster/azure-policy-addon.js";
import { containerInsightsEnabled } from "../../../src/rules/azure/cluster/container-insights-enabled.js";
import { defenderEnabled } from "../../../src/rules/azure/cluster/defender-enabled.js";
import { diskEncryptionSet } from "../../../src/rules/azure/cluster/disk-encryption-set.js";
import { httpApplicationRoutingDisabled } from "../../../src/rules/azure/cluster/http-application-routing-disabled.js";
import { imageCleanerEnabled } from "../../../src/rules/azure/cluster/image-cleaner-enabled.js";
import { keyVaultSecretsProvider } from "../../../src/rules/azure/cluster/key-vault-secrets-provider.js";
import { kubeDashboardDisabled } from "../../../src/rules/azure/cluster/kube-dashboard-disabled.js";
import { managedPrometheusEnabled } from "../../../src/rules/azure/cluster/managed-prometheus-enabled.js";
import { secretRotationEnabled } from "../../../src/rules/azure/cluster/secret-rotation-enabled.js";
import { skuTierStandard } from "../../../src/rules/azure/cluster/sku-tier-standard.js";
import { facts, testRule } from "./helpers.js";

testRule(skuTierStandard, {
  valid: [
    facts({ sku: { name: "Base", tier: "Standard" }, properties: {} }),
    facts({ sku: { name: "Base", tier: "Premium" }, properties: {} }),
  ],
  invalid: [
    {
      facts: facts({ sku: { name: "Base", tier: "Free" }, properties: {} }),
      message: 'tier is "Free"',
      path: "sku.tier",
    },
    { facts: facts({ properties: {} }), message: "tier is not set", path: "sku.tier" },
  ],
});

testRule(defenderEnabled, {
  valid: [
    facts({ properties: { securityProfile: { defender: { securityMonitoring: { enabled: true } } } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: {} }),
      message: "Defender for Containers is not enabled",
      path: "properties.securityProfile.defender.securityMonitoring.enabled",
    },
  ],
});

testRule(imageCleanerEnabled, {
  valid: [
    facts({ properties: { securityProfile: { imageCleaner: { enabled: true, intervalHours: 168 } } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { securityProfile: { imageCleaner: { enabled: false } } } }),
      message: "Image Cleaner is not enabled",
      path: "properties.securityProfile.imageCleaner.enabled",
    },
  ],
});

testRule(keyVaultSecretsProvider, {
  valid: [facts({ properties: { addonProfiles: { azureKeyvaultSecretsProvider: { enabled: true } } } })],
  invalid: [
    {
      facts: facts({ properties: { addonProfiles: {} } }),
      message: "secrets provider add-on is not enabled",
      path: "properties.addonProfiles.azureKeyvaultSecretsProvider.enabled",
    },
  ],
});

testRule(secretRotationEnabled, {
  valid: [
    facts({
      properties: {
        addonProfiles: {
          azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: "true" } },
        },
      },
    }),
    facts({ properties: { addonProfiles: { azureKeyvaultSecretsProvider: { enabled: false } } } }),
  ],
  invalid: [
    {
      facts: facts({
        properties: {
          addonProfiles: {
            azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: "false" } },
          },
        },
      }),
      message: "without secret rotation",
      path: "properties.addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation",
    },
    {
      facts: facts({ properties: { addonProfiles: { azureKeyvaultSecretsProvider: { enabled: true } } } }),
      message: "without secret rotation",
      path: "properties.addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation",
    },
  ],
});

testRule(azurePolicyAddon, {
  valid: [
    facts({ properties: { addonProfiles: { azurepolicy: { enabled: true } } } }),
    facts({ properties: { addonProfiles: { azurePolicy: { enabled: true } } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: {} }),
      message: "Azure Policy add-on is not enabled",
      path: "properties.addonProfiles.azurepolicy.enabled",
    },
  ],
});

testRule(containerInsightsEnabled, {
  valid: [
    facts({ properties: { addonProfiles: { omsagent: { enabled: true } } } }),
    facts({ properties: { addonProfiles: { omsAgent: { enabled: true } } } }),
    facts({ properties: { azureMonitorProfile: { containerInsights: { enabled: true } } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: {} }),
      message: "Container Insights is not enabled",
      path: "properties.addonProfiles.omsagent.enabled",
    },
  ],
});

testRule(managedPrometheusEnabled, {
  valid: [facts({ properties: { azureMonitorProfile: { metrics: { enabled: true } } } })],
  invalid: [
    {
      facts: facts({ properties: {} }),
      message: "Managed Prometheus is not enabled",
      path: "properties.azureMonitorProfile.metrics.enabled",
    },
  ],
});

testRule(httpApplicationRoutingDisabled, {
  valid: [
    facts({ properties: {} }),
    facts({ properties: { addonProfiles: { httpApplicationRouting: { enabled: false } } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { addonProfiles: { httpApplicationRouting: { enabled: true } } } }),
      message: "retired HTTP application routing",
      path: "properties.addonProfiles.httpApplicationRouting.enabled",
    },
  ],
});

testRule(kubeDashboardDisabled, {
  valid: [facts({ properties: {} })],
  invalid: [
    {
      facts: facts({ properties: { addonProfiles: { kubeDashboard: { enabled: true } } } }),
      message: "dashboard add-on is enabled",
      path: "properties.addonProfiles.kubeDashboard.enabled",
    },
  ],
});

testRule(diskEncryptionSet, {
  valid: [
    facts({
      properties: {
        diskEncryptionSetID:
          "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des",
      },
    }),
  ],
  invalid: [
    {
      facts: facts({ properties: {} }),
      message: "platform-managed keys",
      path: "properties.diskEncryptionSetID",
    },
  ],
});
