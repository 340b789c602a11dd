import { Unknown } from "../../../src/audit/facts.js";
import { appGatewayV2 } from "../../../src/rules/azure/azure/app-gateway-v2.js";
import { appGatewayWafEnabled } from "../../../src/rules/azure/azure/app-gateway-waf-enabled.js";
import { appGatewayWafPrevention } from "../../../src/rules/azure/azure/app-gateway-waf-prevention.js";
import { appGatewayZones } from "../../../src/rules/azure/azure/app-gateway-zones.js";
import { firewallIdpsDeny } from "../../../src/rules/azure/azure/firewall-idps-deny.js";
import { firewallThreatIntelDeny } from "../../../src/rules/azure/azure/firewall-threat-intel-deny.js";
import { firewallZones } from "../../../src/rules/azure/azure/firewall-zones.js";
import { storageBlobPublicAccessDisabled } from "../../../src/rules/azure/azure/storage-blob-public-access-disabled.js";
import { storageHttpsOnly } from "../../../src/rules/azure/azure/storage-https-only.js";
import { storageMinTls } from "../../../src/rules/azure/azure/storage-min-tls.js";
import { storagePublicNetworkDisabled } from "../../../src/rules/azure/azure/storage-public-network-disabled.js";
import { storageSharedKeyDisabled } from "../../../src/rules/azure/azure/storage-shared-key-disabled.js";
import { resources, testRule } from "./helpers.js";

const AGW = "Microsoft.Network/applicationGateways";
const agw = (properties: Record<string, unknown>, zones?: unknown[]) => ({
  type: AGW,
  name: "agw-contoso",
  ...(zones ? { zones } : {}),
  properties,
});
const wafPolicy = (policySettings: Record<string, unknown>) => ({
  type: "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies",
  name: "waf-contoso",
  properties: {
    policySettings,
    managedRules: { managedRuleSets: [{ ruleSetType: "Microsoft_DefaultRuleSet", ruleSetVersion: "2.1" }] },
  },
});
const st = (properties: Record<string, unknown>) => ({
  type: "Microsoft.Storage/storageAccounts",
  name: "stvelero",
  kind: "StorageV2",
  sku: { name: "Standard_ZRS" },
  properties,
});

testRule(appGatewayWafEnabled, {
  valid: [
    resources(agw({ sku: { name: "WAF_v2", tier: "WAF_v2" }, firewallPolicy: { id: "/x/waf-contoso" } })),
    resources(
      agw({
        sku: { name: "WAF_v2", tier: "WAF_v2" },
        webApplicationFirewallConfiguration: { enabled: true, firewallMode: "Prevention" },
      }),
    ),
    resources(
      agw({
        sku: { name: "WAF_v2", tier: "WAF_v2" },
        firewallPolicy: { id: new Unknown("[resourceId('x')]") },
      }),
    ),
  ],
  invalid: [
    {
      facts: resources(agw({ sku: { name: "Standard_v2", tier: "Standard_v2" } })),
      message: 'uses tier "Standard_v2" without a web application firewall',
      path: "properties.sku.tier",
    },
    {
      facts: resources(agw({ sku: { name: "WAF_v2", tier: "WAF_v2" } })),
      message: "has the WAF tier but no WAF policy",
      path: "properties.sku.tier",
    },
  ],
});

testRule(appGatewayWafPrevention, {
  valid: [
    resources(wafPolicy({ state: "Enabled", mode: "Prevention" })),
    resources(
      agw({
        sku: { tier: "WAF_v2" },
        webApplicationFirewallConfiguration: { enabled: true, firewallMode: "Prevention" },
      }),
    ),
    // A gateway with a WAF policy is judged through the policy resource.
    resources(agw({ sku: { tier: "WAF_v2" }, firewallPolicy: { id: "/x/waf-contoso" } })),
  ],
  invalid: [
    {
      facts: resources(wafPolicy({ state: "Enabled", mode: "Detection" })),
      message: "runs in Detection mode and blocks nothing",
      path: "properties.policySettings.mode",
    },
    {
      facts: resources(wafPolicy({ state: "Disabled", mode: "Prevention" })),
      message: 'The web application firewall of "waf-contoso" is disabled',
      path: "properties.policySettings.state",
    },
    {
      facts: resources(
        agw({
          sku: { tier: "WAF_v2" },
          webApplicationFirewallConfiguration: { enabled: true, firewallMode: "Detection" },
        }),
      ),
      message: "runs in Detection mode",
      path: "properties.webApplicationFirewallConfiguration.firewallMode",
    },
  ],
});

testRule(appGatewayV2, {
  valid: [resources(agw({ sku: { name: "Standard_v2", tier: "Standard_v2" } }))],
  invalid: [
    {
      facts: resources(agw({ sku: { name: "WAF_Medium", tier: "WAF" } })),
      message: 'retired v1 tier "WAF"',
      path: "properties.sku.tier",
    },
  ],
});

testRule(appGatewayZones, {
  valid: [resources(agw({ sku: { tier: "WAF_v2" } }, ["1", "2", "3"]))],
  invalid: [
    {
      facts: resources(agw({ sku: { tier: "WAF_v2" } })),
      message: "is not spread across availability zones",
      path: "zones",
    },
  ],
});

testRule(firewallZones, {
  valid: [
    resources({
      type: "Microsoft.Network/azureFirewalls",
      name: "afw-hub",
      zones: ["1", "2", "3"],
      properties: {},
    }),
  ],
  invalid: [
    {
      facts: resources({
        type: "Microsoft.Network/azureFirewalls",
        name: "afw-hub",
        zones: ["1"],
        properties: {},
      }),
      message: 'Azure Firewall "afw-hub" is not spread',
      path: "zones",
    },
  ],
});

testRule(firewallThreatIntelDeny, {
  valid: [
    resources({
      type: "Microsoft.Network/firewallPolicies",
      name: "afwp-hub",
      properties: { threatIntelMode: "Deny" },
    }),
    // A firewall with a policy is judged through the policy.
    resources({
      type: "Microsoft.Network/azureFirewalls",
      name: "afw-hub",
      properties: { firewallPolicy: { id: "/x/afwp-hub" } },
    }),
  ],
  invalid: [
    {
      facts: resources({
        type: "Microsoft.Network/firewallPolicies",
        name: "afwp-hub",
        properties: { threatIntelMode: "Alert" },
      }),
      message: 'threatIntelMode is "Alert"',
      path: "properties.threatIntelMode",
    },
    {
      facts: resources({ type: "Microsoft.Network/azureFirewalls", name: "afw-hub", properties: {} }),
      message: '"afw-hub" only alerts',
      path: "properties.threatIntelMode",
    },
  ],
});

testRule(firewallIdpsDeny, {
  valid: [
    resources({
      type: "Microsoft.Network/firewallPolicies",
      name: "afwp-hub",
      sku: { tier: "Premium" },
      properties: { intrusionDetection: { mode: "Deny" } },
    }),
  ],
  invalid: [
    {
      facts: resources({
        type: "Microsoft.Network/firewallPolicies",
        name: "afwp-hub",
        sku: { tier: "Standard" },
        properties: {},
      }),
      message: "intrusionDetection.mode is not set",
      path: "properties.intrusionDetection.mode",
    },
    {
      facts: resources({
        type: "Microsoft.Network/firewallPolicies",
        name: "afwp-hub",
        sku: { tier: "Premium" },
        properties: { intrusionDetection: { mode: "Alert" } },
      }),
      message: '"Alert"',
      path: "properties.intrusionDetection.mode",
    },
  ],
});

testRule(storageHttpsOnly, {
  valid: [resources(st({ supportsHttpsTrafficOnly: true })), resources(st({}))],
  invalid: [
    {
      facts: resources(st({ supportsHttpsTrafficOnly: false })),
      message: "accepts unencrypted HTTP",
      path: "properties.supportsHttpsTrafficOnly",
    },
  ],
});

testRule(storageMinTls, {
  valid: [resources(st({ minimumTlsVersion: "TLS1_2" })), resources(st({}))],
  invalid: [
    {
      facts: resources(st({ minimumTlsVersion: "TLS1_0" })),
      message: 'accepts "TLS1_0"',
      path: "properties.minimumTlsVersion",
    },
  ],
});

testRule(storageBlobPublicAccessDisabled, {
  valid: [resources(st({ allowBlobPublicAccess: false })), resources(st({}))],
  invalid: [
    {
      facts: resources(st({ allowBlobPublicAccess: true })),
      message: "allows anonymous blob access",
      path: "properties.allowBlobPublicAccess",
    },
  ],
});

testRule(storagePublicNetworkDisabled, {
  valid: [
    resources(st({ publicNetworkAccess: "Disabled" })),
    resources(st({ networkAcls: { defaultAction: "Deny" } })),
  ],
  invalid: [
    {
      facts: resources(st({})),
      message: 'Storage account "stvelero" accepts traffic from all networks',
      path: "properties.publicNetworkAccess",
    },
  ],
});

testRule(storageSharedKeyDisabled, {
  valid: [resources(st({ allowSharedKeyAccess: false }))],
  invalid: [
    {
      facts: resources(st({})),
      message: "allows shared key authorization",
      path: "properties.allowSharedKeyAccess",
    },
  ],
});
