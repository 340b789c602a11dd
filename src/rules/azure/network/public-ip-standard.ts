import { LEARN, SEED } from "../sources.js";
import { oneOf, resourceFieldRule, show } from "../templates.js";

export const publicIpStandard = resourceFieldRule({
  id: "network/public-ip-standard",
  title: "Public IP addresses use the Standard SKU",
  severity: "high",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "Basic public IPs were retired on 30 September 2025: they have no SLA, no availability zones and are open by default, and Standard load balancers, Azure Firewall and Application Gateway v2 only accept Standard IPs. ARM creates a Basic IP when no SKU is given on older API versions.",
  remediation: {
    text: "Use the Standard SKU (zone-redundant where the region has zones).",
    arm: 'Microsoft.Network/publicIPAddresses sku: { name: "Standard", tier: "Regional" }',
    terraform: 'azurerm_public_ip.sku = "Standard"',
  },
  sources: [SEED.networkFlow, LEARN.publicIp],
  equivalents: { psrule: ["Azure.PublicIP.MigrateStandard", "Azure.PublicIP.StandardSKU"] },
  types: ["Microsoft.Network/publicIPAddresses"],
  path: ["sku", "name"],
  expect: oneOf("Standard"),
  message: (v, r) => `Public IP "${r.name}" uses SKU ${show(v)}; Basic public IPs are retired, use Standard.`,
});
