import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const storageBlobPublicAccessDisabled = resourceFieldRule({
  id: "azure/storage-blob-public-access-disabled",
  title: "Storage accounts forbid anonymous blob access",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "With anonymous blob access allowed, one container set to public exposes its blobs to anyone with the URL; for a Velero backup account that is every Kubernetes Secret of the cluster.",
  remediation: {
    text: "Disallow anonymous (public) blob access on the account.",
    arm: "Microsoft.Storage/storageAccounts properties.allowBlobPublicAccess: false",
    terraform: "azurerm_storage_account.allow_nested_items_to_be_public = false",
  },
  sources: [SEED.backup000, LEARN.storageBlobPublic, LEARN.velero],
  equivalents: { psrule: ["Azure.Storage.BlobPublicAccess"], checkov: ["CKV_AZURE_190", "CKV2_AZURE_47"] },
  types: ["Microsoft.Storage/storageAccounts"],
  path: ["properties", "allowBlobPublicAccess"],
  expect: (v) => asBool(v) !== true,
  message: (_v, r) =>
    `Storage account "${r.name}" allows anonymous blob access; set allowBlobPublicAccess to false.`,
});
