import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const diskEncryptionSet = clusterFieldRule({
  id: "cluster/disk-encryption-set",
  title: "Node disks are encrypted with a customer-managed key",
  severity: "medium",
  pillar: "security",
  level: "regulated",
  rationale:
    "Platform-managed keys encrypt disks at rest, but regulated workloads often must hold the key themselves (rotation, revocation, separation of duties). A disk encryption set with a Key Vault key encrypts OS and data disks with a customer-managed key; it can only be set at creation.",
  remediation: {
    text: "Create a disk encryption set backed by a Key Vault key (purge protection on) and reference it from the cluster.",
    arm: "properties.diskEncryptionSetID: <disk encryption set resource id>",
    terraform: "azurerm_kubernetes_cluster.disk_encryption_set_id = azurerm_disk_encryption_set.<name>.id",
  },
  sources: [SEED.workloadStorage, LEARN.diskEncryption],
  equivalents: { checkov: ["CKV_AZURE_117"] },
  path: ["properties", "diskEncryptionSetID"],
  expect: (v) => typeof v === "string" && v.length > 0,
  message: () =>
    "Node disks use platform-managed keys; set diskEncryptionSetID to encrypt them with a customer-managed key.",
});
