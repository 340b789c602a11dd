import { asNumber, eqi, get } from "../lookup.js";
import { isUnknown } from "../../../audit/facts.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const acrRetentionPolicy = resourceFieldRule({
  id: "azure/acr-retention-policy",
  title: "Premium registries purge untagged manifests",
  severity: "low",
  pillar: "cost",
  level: "production",
  rationale:
    "Every push of a mutable tag leaves the previous manifest untagged; without a retention policy they accumulate forever, grow storage cost and keep old vulnerable images around for scanners to flag.",
  remediation: {
    text: "Enable the retention policy for untagged manifests (for example 30 days).",
    arm: 'Microsoft.ContainerRegistry/registries properties.policies.retentionPolicy: { status: "enabled", days: 30 }',
    terraform: "azurerm_container_registry.retention_policy_in_days = 30",
  },
  sources: [SEED.imageReference, LEARN.acrRetention],
  equivalents: { psrule: ["Azure.ACR.Retention"], checkov: ["CKV_AZURE_167"] },
  types: ["Microsoft.ContainerRegistry/registries"],
  applies: (r) => {
    const sku = get(r.resource, ["sku", "name"]);
    return isUnknown(sku) ? "unknown" : eqi(sku, "Premium");
  },
  path: ["properties", "policies", "retentionPolicy", "status"],
  expect: (status, r) => {
    if (eqi(status, "enabled")) return true;
    if (status !== undefined) return false;
    // Terraform's retention_policy_in_days enables the policy by giving its days, without a status.
    const days = asNumber(get(r.resource, ["properties", "policies", "retentionPolicy", "days"]));
    return days === "unknown" ? "unknown" : days !== undefined && days > 0;
  },
  message: (_v, r) => `Registry "${r.name}" keeps untagged manifests forever; enable the retention policy.`,
});
