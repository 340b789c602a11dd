import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule, spansZones } from "../templates.js";

export const appGatewayZones = resourceFieldRule({
  id: "azure/app-gateway-zones",
  title: "Application Gateway spans availability zones",
  severity: "low",
  pillar: "reliability",
  level: "production",
  rationale:
    "Ingress is a single point of failure for every workload behind it; a v2 gateway deployed across zones keeps serving when one zone fails, like the node pools behind it. Zones are set at creation.",
  remediation: {
    text: "Deploy the gateway (and its Standard public IP) in zones 1, 2 and 3.",
    arm: 'Microsoft.Network/applicationGateways zones: ["1", "2", "3"]',
    terraform: 'azurerm_application_gateway.zones = ["1", "2", "3"]',
  },
  sources: [SEED.zones, LEARN.appGwZones],
  equivalents: { psrule: ["Azure.AppGw.AvailabilityZone"] },
  types: ["Microsoft.Network/applicationGateways"],
  path: ["zones"],
  expect: spansZones,
  message: (_v, r) => `Application Gateway "${r.name}" is not spread across availability zones.`,
});
