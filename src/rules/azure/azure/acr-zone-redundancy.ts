import { eqi, get } from "../lookup.js";
import { isUnknown } from "../../../audit/facts.js";
import { LEARN, SEED } from "../sources.js";
import { oneOf, resourceFieldRule } from "../templates.js";

export const acrZoneRedundancy = resourceFieldRule({
  id: "azure/acr-zone-redundancy",
  title: "Premium registries are zone-redundant",
  severity: "low",
  pillar: "reliability",
  level: "production",
  rationale:
    "Zone redundancy keeps the registry serving pulls when one availability zone fails, matching node pools spread across zones; it can only be set at creation.",
  remediation: {
    text: "Create the registry with zone redundancy enabled.",
    arm: 'Microsoft.ContainerRegistry/registries properties.zoneRedundancy: "Enabled"',
    terraform: "azurerm_container_registry.zone_redundancy_enabled = true",
  },
  sources: [SEED.zones, LEARN.acrZones],
  equivalents: { checkov: ["CKV_AZURE_233"] },
  types: ["Microsoft.ContainerRegistry/registries"],
  applies: (r) => {
    const sku = get(r.resource, ["sku", "name"]);
    return isUnknown(sku) ? "unknown" : eqi(sku, "Premium");
  },
  path: ["properties", "zoneRedundancy"],
  expect: oneOf("Enabled"),
  message: (_v, r) => `Registry "${r.name}" is not zone-redundant.`,
});
