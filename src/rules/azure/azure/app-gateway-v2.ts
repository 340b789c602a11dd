import { LEARN, SEED } from "../sources.js";
import { oneOf, resourceFieldRule, show } from "../templates.js";

export const appGatewayV2 = resourceFieldRule({
  id: "azure/app-gateway-v2",
  title: "Application Gateway uses the v2 SKU",
  severity: "high",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "Application Gateway v1 (Standard, WAF tiers) is retired (28 April 2026): no autoscaling, no zone redundancy, no AGIC or Application Gateway for Containers support, and no more updates.",
  remediation: {
    text: "Migrate to Standard_v2 or WAF_v2.",
    arm: 'Microsoft.Network/applicationGateways properties.sku: { name: "WAF_v2", tier: "WAF_v2" }',
    terraform: 'azurerm_application_gateway.sku { name = "WAF_v2", tier = "WAF_v2" }',
  },
  sources: [SEED.ingressFlow, LEARN.appGwV1Retirement],
  equivalents: { psrule: ["Azure.AppGw.MigrateV2"] },
  types: ["Microsoft.Network/applicationGateways"],
  path: ["properties", "sku", "tier"],
  expect: oneOf("Standard_v2", "WAF_v2", "Basic"),
  message: (v, r) =>
    `Application Gateway "${r.name}" uses the retired v1 tier ${show(v)}; migrate to Standard_v2 or WAF_v2.`,
});
