import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, oneOf, show } from "../templates.js";

export const autoUpgradeChannel = clusterFieldRule({
  id: "cluster/auto-upgrade-channel",
  title: "An auto-upgrade channel is set",
  severity: "medium",
  pillar: "operations",
  level: "production",
  rationale:
    "Without an auto-upgrade channel, patch releases (security fixes) are applied only when someone remembers, and clusters drift out of the support window. The patch channel keeps the minor version and applies patches inside the maintenance window.",
  remediation: {
    text: "Set the auto-upgrade channel (patch for most production clusters, stable to also follow minor versions) and a maintenance window.",
    spec: "spec.upgrades.channel: patch",
    arm: 'properties.autoUpgradeProfile.upgradeChannel: "patch"',
    terraform: 'azurerm_kubernetes_cluster.automatic_upgrade_channel = "patch"',
  },
  sources: [SEED.updates, SEED.upgrades000, LEARN.autoUpgrade],
  equivalents: { psrule: ["Azure.AKS.AutoUpgrade"], checkov: ["CKV_AZURE_171"] },
  path: ["properties", "autoUpgradeProfile", "upgradeChannel"],
  expect: oneOf("patch", "stable", "rapid", "node-image"),
  message: (v) => `No auto-upgrade channel is set (upgradeChannel is ${show(v)}); use patch or stable.`,
});
