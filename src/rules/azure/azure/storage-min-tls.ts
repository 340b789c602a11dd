import { LEARN, SEED } from "../sources.js";
import { noneOf, resourceFieldRule, show } from "../templates.js";

export const storageMinTls = resourceFieldRule({
  id: "azure/storage-min-tls",
  title: "Storage accounts require TLS 1.2 or later",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "TLS 1.0 and 1.1 have known weaknesses and Azure Storage stops accepting them; clients still negotiating them will break, and until then they weaken every connection.",
  remediation: {
    text: "Set the minimum TLS version to TLS1_2.",
    arm: 'Microsoft.Storage/storageAccounts properties.minimumTlsVersion: "TLS1_2"',
    terraform: 'azurerm_storage_account.min_tls_version = "TLS1_2"',
  },
  sources: [SEED.backup000, LEARN.storageTls],
  equivalents: { psrule: ["Azure.Storage.MinTLS"], checkov: ["CKV_AZURE_44"] },
  types: ["Microsoft.Storage/storageAccounts"],
  path: ["properties", "minimumTlsVersion"],
  expect: noneOf("TLS1_0", "TLS1_1"),
  message: (v, r) => `Storage account "${r.name}" accepts ${show(v)}; require TLS1_2.`,
});
