import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const keyVaultPurgeProtection = resourceFieldRule({
  id: "azure/key-vault-purge-protection",
  title: "Key Vault purge protection is enabled",
  severity: "medium",
  pillar: "reliability",
  level: "production",
  rationale:
    "Without purge protection, a deleted vault or secret can be purged immediately, by mistake or by an attacker, and is then gone for good; disk encryption sets and customer-managed keys also require it. Once enabled it cannot be disabled.",
  remediation: {
    text: "Enable purge protection.",
    spec: "spec.keyVault.purgeProtection: true",
    arm: "Microsoft.KeyVault/vaults properties.enablePurgeProtection: true",
    terraform: "azurerm_key_vault.purge_protection_enabled = true",
  },
  sources: [SEED.secrets, LEARN.kvRecovery],
  equivalents: { psrule: ["Azure.KeyVault.PurgeProtect"], checkov: ["CKV_AZURE_110", "CKV_AZURE_42"] },
  types: ["Microsoft.KeyVault/vaults"],
  path: ["properties", "enablePurgeProtection"],
  expect: (v) => asBool(v) === true,
  message: (_v, r) => `Key Vault "${r.name}" does not have purge protection enabled.`,
});
