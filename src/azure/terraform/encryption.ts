/**
 * encryption.tf: customer-managed keys for the node OS and data disks (security.customerManagedKeys): an RSA
 * key in the environment's Key Vault rotated yearly, a disk encryption set that follows new key versions,
 * and the roles that let the set use the key and the cluster's control plane use the set
 * (learn.microsoft.com/azure/aks/azure-disk-customer-managed-keys). The cluster references the set through
 * `disk_encryption_set_id` (cluster.tf), which AKS accepts at creation only.
 *
 * The key is created through the vault's data plane: the identity running Terraform needs "Key Vault
 * Crypto Officer" on the vault (granted here) and, when the vault has no public access, a network path to
 * its private endpoint (a runner in the spoke or hub).
 */
import type { ClusterModel } from "../../model/types.js";
import { attr, attrs, block, comment, raw, type BodyItem } from "./hcl.js";
import { countFor, ref, type Gate, type TfModule } from "./module.js";
import { CLIENT, placed, tags } from "./common.js";

export const encryptionGate = (mod: TfModule): Gate =>
  mod.gate(
    "customer_managed_keys_enabled",
    "Encrypt node disks with a customer-managed key (Key Vault key and disk encryption set).",
    (m) => m.settings.security.customerManagedKeys,
  );

/** `des-<platform>-<env>`: CAF abbreviation of a disk encryption set. */
export const diskEncryptionSetName = (m: ClusterModel) => `des-${m.platform.name}-${m.environment}`;

/** The disk encryption set's id for the cluster (null when the environment uses platform-managed keys). */
export function diskEncryptionSetId(g: Gate): string | undefined {
  if (g.presence === "none") return undefined;
  return ref(g, "azurerm_disk_encryption_set.this", "id");
}

export function buildEncryption(mod: TfModule, g: Gate, keyVault: Gate): BodyItem[] {
  if (g.presence === "none") return [];
  const vault = raw(ref(keyVault, "azurerm_key_vault.this", "id"));
  const one = (address: string) => (g.presence === "some" ? `${address}[0]` : address);
  return [
    comment("Terraform creates the key through the vault's data plane (RBAC authorization)."),
    block(
      "resource",
      ["azurerm_role_assignment", "deployer_key_vault_crypto"],
      [
        countFor(g),
        attrs({
          scope: vault,
          role_definition_name: "Key Vault Crypto Officer",
          principal_id: raw(`${CLIENT}.object_id`),
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_key_vault_key", "disks"],
      [
        countFor(g),
        attrs({
          // The ARM template's key name, so both targets describe the same key.
          name: "aks-disk-encryption",
          key_vault_id: vault,
          // Disk encryption sets accept RSA 2048, 3072 and 4096 keys
          // (learn.microsoft.com/azure/virtual-machines/disk-encryption#restrictions); they only wrap and unwrap.
          key_type: "RSA",
          key_size: 3072,
          key_opts: ["unwrapKey", "wrapKey"],
          tags: tags(mod),
        }),
        comment(
          "Rotated yearly; the disk encryption set follows the newest version (auto_key_rotation_enabled).",
        ),
        block(
          "rotation_policy",
          [],
          [
            attrs({ expire_after: "P2Y", notify_before_expiry: "P30D" }),
            block("automatic", [], [attr("time_after_creation", "P1Y")]),
          ],
        ),
        attr("depends_on", [raw("azurerm_role_assignment.deployer_key_vault_crypto")]),
      ],
    ),
    block(
      "resource",
      ["azurerm_disk_encryption_set", "this"],
      [
        countFor(g),
        attrs({
          ...placed(
            mod,
            mod.variable({
              name: "disk_encryption_set_name",
              type: "string",
              description: "Disk encryption set of the node disks.",
              value: diskEncryptionSetName,
            }),
          ),
          key_vault_key_id: raw(`${one("azurerm_key_vault_key.disks")}.versionless_id`),
          auto_key_rotation_enabled: true,
          encryption_type: "EncryptionAtRestWithCustomerKey",
          tags: tags(mod),
        }),
        block("identity", [], [attr("type", "SystemAssigned")]),
      ],
    ),
    comment("The disk encryption set wraps and unwraps the disk keys with the vault key."),
    block(
      "resource",
      ["azurerm_role_assignment", "disk_encryption_key_vault"],
      [
        countFor(g),
        attrs({
          scope: vault,
          role_definition_name: "Key Vault Crypto Service Encryption User",
          principal_id: raw(`${one("azurerm_disk_encryption_set.this")}.identity[0].principal_id`),
          principal_type: "ServicePrincipal",
        }),
      ],
    ),
    comment("The control plane (a user-assigned identity) reads the set when it creates node disks."),
    block(
      "resource",
      ["azurerm_role_assignment", "control_plane_disk_encryption_set"],
      [
        countFor(g),
        attrs({
          scope: raw(`${one("azurerm_disk_encryption_set.this")}.id`),
          role_definition_name: "Reader",
          principal_id: raw("azurerm_user_assigned_identity.control_plane.principal_id"),
          principal_type: "ServicePrincipal",
        }),
      ],
    ),
  ];
}
