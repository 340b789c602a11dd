import { LEARN, SEED } from "../sources.js";
import { noneOf, poolFieldRule } from "../templates.js";

export const ephemeralOsDisk = poolFieldRule({
  id: "nodepool/ephemeral-os-disk",
  title: "Nodes use ephemeral OS disks",
  severity: "low",
  pillar: "performance",
  level: "production",
  rationale:
    "Ephemeral OS disks live on the VM's local cache or temp disk: lower read/write latency, faster node reimage and scale-out, and no managed-disk cost. Nodes are stateless, so nothing is lost. AKS picks Ephemeral by default when the VM size allows it; an explicit Managed forces remote disks.",
  remediation: {
    text: "Use osDiskType Ephemeral with a VM size whose cache or temp disk fits the OS disk (for example Standard_D4ds_v5 with 128 GiB).",
    spec: "spec.nodePoolDefaults.osDiskType: Ephemeral",
    arm: 'agentPoolProfiles[].osDiskType: "Ephemeral"',
    terraform: 'azurerm_kubernetes_cluster_node_pool.os_disk_type = "Ephemeral"',
  },
  sources: [SEED.computeBase, LEARN.ephemeralOs],
  equivalents: { psrule: ["Azure.AKS.EphemeralOSDisk"], checkov: ["CKV_AZURE_226"] },
  path: ["osDiskType"],
  expect: noneOf("Managed"),
  message: (_v, pool) => `Node pool "${pool.name}" uses managed OS disks; use Ephemeral OS disks.`,
});
