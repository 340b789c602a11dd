import { eqi, get } from "../lookup.js";
import { isUnknown } from "../../../audit/facts.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule, spansZones } from "../templates.js";

export const publicIpZones = resourceFieldRule({
  id: "network/public-ip-zones",
  title: "Standard public IP addresses are zone-redundant",
  severity: "low",
  pillar: "reliability",
  level: "production",
  rationale:
    "A zonal or non-zonal public IP in front of a zone-redundant firewall, gateway or load balancer fails with its zone; a Standard IP deployed in zones 1, 2 and 3 survives a zone outage. Zones are set at creation.",
  remediation: {
    text: "Create Standard public IPs with zones 1, 2 and 3.",
    arm: 'Microsoft.Network/publicIPAddresses zones: ["1", "2", "3"]',
    terraform: 'azurerm_public_ip.zones = ["1", "2", "3"]',
  },
  sources: [SEED.zones, LEARN.publicIp],
  equivalents: { psrule: ["Azure.PublicIP.AvailabilityZone"] },
  types: ["Microsoft.Network/publicIPAddresses"],
  applies: (r) => {
    const sku = get(r.resource, ["sku", "name"]);
    return isUnknown(sku) ? "unknown" : eqi(sku, "Standard");
  },
  path: ["zones"],
  expect: spansZones,
  message: (_v, r) => `Public IP "${r.name}" is not zone-redundant.`,
});
