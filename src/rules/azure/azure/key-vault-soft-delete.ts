import { asBool, asNumber, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule, show } from "../templates.js";

export const keyVaultSoftDelete = resourceFieldRule({
  id: "azure/key-vault-soft-delete",
  title: "Key Vault soft delete keeps deleted objects at least 7 days",
  severity: "medium",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "Soft delete keeps deleted vaults, secrets and keys recoverable for the retention period (7 to 90 days, 90 by default). It is on by default and cannot be turned off on current API versions; templates that still set enableSoftDelete false or a retention under 7 days are wrong.",
  remediation: {
    text: "Keep soft delete enabled with a retention of 7 to 90 days (90 for production).",
    spec: "spec.keyVault.softDeleteDays: 90",
    arm: "Microsoft.KeyVault/vaults properties.enableSoftDelete: true, softDeleteRetentionInDays: 90",
    terraform: "azurerm_key_vault.soft_delete_retention_days = 90",
  },
  sources: [SEED.secrets, LEARN.kvRecovery],
  equivalents: { psrule: ["Azure.KeyVault.SoftDelete"], checkov: ["CKV_AZURE_111", "CKV_AZURE_42"] },
  types: ["Microsoft.KeyVault/vaults"],
  path: ["properties", "enableSoftDelete"],
  expect: (v, r) => {
    const on = asBool(v);
    if (on === "unknown") return "unknown";
    if (on === false) return false;
    const days = asNumber(get(r.resource, ["properties", "softDeleteRetentionInDays"]));
    if (days === "unknown") return "unknown";
    return days === undefined || days >= 7;
  },
  message: (v, r) =>
    asBool(v) === false
      ? `Key Vault "${r.name}" disables soft delete; deleted secrets cannot be recovered.`
      : `Key Vault "${r.name}" keeps deleted objects for ${show(get(r.resource, ["properties", "softDeleteRetentionInDays"]))} days; use 7 to 90.`,
});
