import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule, spansZones } from "../templates.js";

export const firewallZones = resourceFieldRule({
  id: "azure/firewall-zones",
  title: "Azure Firewall spans availability zones",
  severity: "low",
  pillar: "reliability",
  level: "production",
  rationale:
    "When all egress goes through Azure Firewall, a zonal outage of the firewall stops every image pull, token request and API call out of the cluster; a zone-redundant firewall has a 99.99% SLA.",
  remediation: {
    text: "Deploy the firewall (and its public IPs) across zones 1, 2 and 3.",
    arm: 'Microsoft.Network/azureFirewalls zones: ["1", "2", "3"]',
    terraform: 'azurerm_firewall.zones = ["1", "2", "3"]',
  },
  sources: [SEED.egressFlow, SEED.zones, LEARN.firewallZones],
  equivalents: { psrule: ["Azure.Firewall.AvailabilityZone"] },
  types: ["Microsoft.Network/azureFirewalls"],
  path: ["zones"],
  expect: spansZones,
  message: (_v, r) => `Azure Firewall "${r.name}" is not spread across availability zones.`,
});
