import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const imageCleanerEnabled = clusterFieldRule({
  id: "cluster/image-cleaner-enabled",
  title: "Image Cleaner removes stale images from nodes",
  severity: "low",
  pillar: "security",
  level: "production",
  rationale:
    "Images of old releases stay cached on nodes with their known vulnerabilities, are flagged by scanners and fill the disk; Image Cleaner (Eraser) removes unused images on a schedule.",
  remediation: {
    text: "Enable Image Cleaner with an interval such as 168 hours.",
    spec: "spec.security.imageCleaner: true",
    arm: "properties.securityProfile.imageCleaner: { enabled: true, intervalHours: 168 }",
    terraform: "azurerm_kubernetes_cluster.image_cleaner_enabled = true (image_cleaner_interval_hours = 168)",
  },
  sources: [SEED.securityMonitoring, LEARN.imageCleaner],
  equivalents: {},
  path: ["properties", "securityProfile", "imageCleaner", "enabled"],
  expect: (v) => asBool(v) === true,
  message: () => "Image Cleaner is not enabled (securityProfile.imageCleaner.enabled is not true).",
});
