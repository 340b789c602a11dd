import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { poolFieldRule } from "../templates.js";

export const hostEncryption = poolFieldRule({
  id: "nodepool/host-encryption",
  title: "Regulated node pools encrypt at host",
  severity: "medium",
  pillar: "security",
  level: "regulated",
  rationale:
    "Server-side encryption covers managed disks at rest, but not the VM's temp disk, the OS disk cache or data in transit to storage. Encryption at host encrypts those on the host as well; ephemeral OS disks are otherwise unencrypted at rest.",
  remediation: {
    text: "Register the EncryptionAtHost feature and create pools with encryption at host enabled.",
    spec: "spec.security.hostEncryption: true",
    arm: "agentPoolProfiles[].enableEncryptionAtHost: true",
    terraform: "azurerm_kubernetes_cluster_node_pool.host_encryption_enabled = true",
  },
  sources: [SEED.workloadStorage, LEARN.hostEncryption],
  equivalents: { checkov: ["CKV_AZURE_227"] },
  path: ["enableEncryptionAtHost"],
  expect: (v) => asBool(v) === true,
  message: (_v, pool) =>
    `Node pool "${pool.name}" does not encrypt at host (enableEncryptionAtHost is not true).`,
});
