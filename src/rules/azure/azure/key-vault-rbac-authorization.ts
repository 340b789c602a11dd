import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const keyVaultRbacAuthorization = resourceFieldRule({
  id: "azure/key-vault-rbac-authorization",
  title: "Key Vault uses Azure RBAC authorization",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "Access policies grant rights per vault to whoever holds Contributor on it (who can add themselves); Azure RBAC separates management from data access, supports per-secret scopes, PIM and conditional access, and is what Workload ID role assignments use.",
  remediation: {
    text: "Switch the vault to the Azure RBAC permission model and assign Key Vault Secrets User to workload identities.",
    arm: "Microsoft.KeyVault/vaults properties.enableRbacAuthorization: true",
    terraform: "azurerm_key_vault.rbac_authorization_enabled = true",
  },
  sources: [SEED.secrets, LEARN.kvRbac],
  equivalents: { psrule: ["Azure.KeyVault.RBAC"] },
  types: ["Microsoft.KeyVault/vaults"],
  path: ["properties", "enableRbacAuthorization"],
  expect: (v) => asBool(v) === true,
  message: (_v, r) => `Key Vault "${r.name}" uses access policies; enable Azure RBAC authorization.`,
});
