import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, oneOf, show } from "../templates.js";

export const skuTierStandard = clusterFieldRule({
  id: "cluster/sku-tier-standard",
  title: "Production clusters use the Standard or Premium tier (uptime SLA)",
  severity: "medium",
  pillar: "reliability",
  level: "production",
  rationale:
    "The Free tier has no financially backed SLA for the API server and is sized for small clusters; the Standard tier gives 99.95% (with availability zones) and scales the control plane. Microsoft recommends Standard for all production clusters and Premium for mission-critical ones.",
  remediation: {
    text: "Use the Standard tier for production clusters (Premium for mission-critical or long-term support).",
    spec: "spec.environments.<env>.tier: Standard",
    arm: 'sku: { name: "Base", tier: "Standard" }',
    terraform: 'azurerm_kubernetes_cluster.sku_tier = "Standard"',
  },
  sources: [SEED.apiSla, LEARN.pricingTiers],
  equivalents: { psrule: ["Azure.AKS.UptimeSLA"], checkov: ["CKV_AZURE_170"] },
  path: ["sku", "tier"],
  expect: oneOf("Standard", "Premium"),
  message: (v) => `The cluster tier is ${show(v)}; the Free tier has no uptime SLA, use Standard or Premium.`,
});
