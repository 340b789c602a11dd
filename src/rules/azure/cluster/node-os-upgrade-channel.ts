import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, oneOf, show } from "../templates.js";

export const nodeOsUpgradeChannel = clusterFieldRule({
  id: "cluster/node-os-upgrade-channel",
  title: "Node OS images are upgraded automatically",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "Node images carry the kernel and OS packages; with None or Unmanaged, security patches reach nodes only through manual node image upgrades (or unattended in-place updates that need reboots nobody schedules). NodeImage (weekly images) or SecurityPatch keep nodes patched within a maintenance window.",
  remediation: {
    text: "Set the node OS upgrade channel to NodeImage (or SecurityPatch) and give it a maintenance window.",
    spec: "spec.upgrades.nodeOsChannel: NodeImage",
    arm: 'properties.autoUpgradeProfile.nodeOSUpgradeChannel: "NodeImage"',
    terraform: 'azurerm_kubernetes_cluster.node_os_upgrade_channel = "NodeImage"',
  },
  sources: [SEED.nodeUpgrades, LEARN.nodeOsUpgrade],
  equivalents: { psrule: ["Azure.AKS.NodeAutoUpgrade"] },
  path: ["properties", "autoUpgradeProfile", "nodeOSUpgradeChannel"],
  expect: oneOf("NodeImage", "SecurityPatch"),
  message: (v) =>
    `Node OS images are not upgraded automatically (nodeOSUpgradeChannel is ${show(v)}); use NodeImage or SecurityPatch.`,
});
