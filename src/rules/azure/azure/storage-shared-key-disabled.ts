import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const storageSharedKeyDisabled = resourceFieldRule({
  id: "azure/storage-shared-key-disabled",
  title: "Regulated storage accounts disable shared key authorization",
  severity: "low",
  pillar: "security",
  level: "regulated",
  rationale:
    "Account keys grant full access, never expire and are not tied to an identity; with shared key authorization disabled, every request must use Entra ID (Velero works with Workload ID), so access is attributed and revocable.",
  remediation: {
    text: "Disable shared key access and give workloads Storage Blob Data roles through Workload ID.",
    arm: "Microsoft.Storage/storageAccounts properties.allowSharedKeyAccess: false",
    terraform: "azurerm_storage_account.shared_access_key_enabled = false",
  },
  sources: [SEED.backup000, LEARN.storageSharedKey],
  equivalents: { psrule: ["Azure.Storage.LocalAuth"], checkov: ["CKV2_AZURE_40"] },
  types: ["Microsoft.Storage/storageAccounts"],
  path: ["properties", "allowSharedKeyAccess"],
  expect: (v) => asBool(v) === false,
  message: (_v, r) =>
    `Storage account "${r.name}" allows shared key authorization; set allowSharedKeyAccess to false.`,
});
