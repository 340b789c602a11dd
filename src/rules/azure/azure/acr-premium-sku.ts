import { LEARN, SEED } from "../sources.js";
import { oneOf, resourceFieldRule, show } from "../templates.js";

export const acrPremiumSku = resourceFieldRule({
  id: "azure/acr-premium-sku",
  title: "Production registries use the Premium tier",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "Only the Premium tier offers private endpoints, firewall rules, geo-replication, zone redundancy and retention policies, and it has the highest pull throughput for node scale-outs pulling the same images at once.",
  remediation: {
    text: "Use the Premium tier for registries that serve production clusters.",
    spec: "spec.registry.sku: Premium",
    arm: 'Microsoft.ContainerRegistry/registries sku.name: "Premium"',
    terraform: 'azurerm_container_registry.sku = "Premium"',
  },
  sources: [SEED.imageReference, SEED.zones, LEARN.acrSkus],
  equivalents: { psrule: ["Azure.ACR.MinSku"] },
  types: ["Microsoft.ContainerRegistry/registries"],
  path: ["sku", "name"],
  expect: oneOf("Premium"),
  message: (v, r) =>
    `Registry "${r.name}" uses the ${show(v)} tier; private endpoints and geo-replication need Premium.`,
});
