import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const storageHttpsOnly = resourceFieldRule({
  id: "azure/storage-https-only",
  title: "Storage accounts accept only HTTPS",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "Over plain HTTP, shared keys, SAS tokens and the data itself (Velero backups with every Secret of the cluster) cross the network in clear text.",
  remediation: {
    text: "Require secure transfer (the default).",
    arm: "Microsoft.Storage/storageAccounts properties.supportsHttpsTrafficOnly: true",
    terraform: "azurerm_storage_account.https_traffic_only_enabled = true",
  },
  sources: [SEED.backup000, LEARN.storageHttps],
  equivalents: { psrule: ["Azure.Storage.SecureTransfer"], checkov: ["CKV_AZURE_3"] },
  types: ["Microsoft.Storage/storageAccounts"],
  path: ["properties", "supportsHttpsTrafficOnly"],
  expect: (v) => asBool(v) !== false,
  message: (_v, r) => `Storage account "${r.name}" accepts unencrypted HTTP; require secure transfer.`,
});
