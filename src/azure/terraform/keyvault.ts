/**
 * keyvault.tf: Key Vault with RBAC authorization, purge protection and soft-delete retention, network ACLs
 * denying public access when it has a private endpoint (privatelink.vaultcore.azure.net).
 */
import type { ClusterModel } from "../../model/types.js";
import { attrs, block, raw, type BodyItem } from "./hcl.js";
import { countFor, ref, type Gate, type TfModule } from "./module.js";
import { CLIENT, placed, tags } from "./common.js";
import { privateEndpoint } from "./private-endpoint.js";

const enabled = (m: ClusterModel) => m.settings.keyVault.enabled;

export function keyVaultGate(mod: TfModule): Gate {
  return mod.gate("key_vault_enabled", "Create the Key Vault for workload secrets.", enabled);
}

export function buildKeyVault(mod: TfModule, g: Gate): BodyItem[] {
  if (g.presence === "none") return [];
  const pe = mod.gate(
    "key_vault_private_endpoint_enabled",
    "Reach Key Vault through a private endpoint (public network access disabled).",
    (m) => enabled(m) && m.settings.keyVault.privateEndpoint,
  );
  const out: BodyItem[] = [
    block(
      "resource",
      ["azurerm_key_vault", "this"],
      [
        countFor(g),
        attrs({
          ...placed(
            mod,
            mod.variable({
              name: "key_vault_name",
              type: "string",
              description: "Key Vault name (globally unique, 3-24 characters).",
              validation: [
                {
                  condition: `can(regex("^[A-Za-z][-A-Za-z0-9]{1,22}[A-Za-z0-9]$", var.key_vault_name)) && !strcontains(var.key_vault_name, "--")`,
                  message:
                    "key_vault_name must be 3-24 letters, digits and single '-', starting with a letter.",
                },
              ],
              value: (m) => m.names.keyVault,
            }),
          ),
          tenant_id: raw(`${CLIENT}.tenant_id`),
          sku_name: "standard",
          rbac_authorization_enabled: true,
          purge_protection_enabled: mod.variable({
            name: "key_vault_purge_protection_enabled",
            type: "bool",
            description: "Purge protection (deleted vaults and secrets cannot be purged during retention).",
            value: (m) => m.settings.keyVault.purgeProtection,
          }),
          soft_delete_retention_days: mod.variable({
            name: "key_vault_soft_delete_retention_days",
            type: "number",
            description: "Soft-delete retention in days (7-90).",
            validation: [
              {
                condition:
                  "var.key_vault_soft_delete_retention_days >= 7 && var.key_vault_soft_delete_retention_days <= 90",
                message: "key_vault_soft_delete_retention_days must be 7-90.",
              },
            ],
            value: (m) => m.settings.keyVault.softDeleteDays,
          }),
          public_network_access_enabled: mod.variable({
            name: "key_vault_public_network_access_enabled",
            type: "bool",
            description: "Allow Key Vault's public endpoint (false when it has a private endpoint).",
            value: (m) => !m.settings.keyVault.privateEndpoint,
          }),
          tags: tags(mod),
        }),
        block(
          "network_acls",
          [],
          [
            attrs({
              bypass: "AzureServices",
              default_action: mod.variable({
                name: "key_vault_network_default_action",
                type: "string",
                description: "Deny (private endpoint only) or Allow.",
                value: (m) => (m.settings.keyVault.privateEndpoint ? "Deny" : "Allow"),
              }),
            }),
          ],
        ),
      ],
    ),
  ];
  if (pe.presence !== "none")
    out.push(
      ...privateEndpoint(mod, pe, {
        label: "key_vault",
        zone: "privatelink.vaultcore.azure.net",
        subresource: "vault",
        targetId: ref(g, "azurerm_key_vault.this", "id"),
        name: `"pe-\${var.key_vault_name}"`,
      }),
    );
  return out;
}
