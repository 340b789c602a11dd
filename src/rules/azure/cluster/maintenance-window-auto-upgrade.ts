import { defineRule } from "../../types.js";
import { get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { checkMaintenanceWindow } from "../maintenance.js";
import { isUnknown } from "../../../audit/facts.js";

export const maintenanceWindowAutoUpgrade = defineRule({
  id: "cluster/maintenance-window-auto-upgrade",
  title: "Cluster auto-upgrades run in a planned maintenance window",
  severity: "low",
  pillar: "operations",
  level: "production",
  rationale:
    "Without the aksManagedAutoUpgradeSchedule maintenance configuration, AKS may start an auto-upgrade at any time of day, in business hours included. A window of at least four hours puts upgrades where on-call expects them.",
  remediation: {
    text: "Add an aksManagedAutoUpgradeSchedule maintenance configuration (weekly, at least 4 hours).",
    spec: 'spec.upgrades.maintenanceWindow: { day: Saturday, start: "02:00", hours: 4 }',
    arm: "Microsoft.ContainerService/managedClusters/maintenanceConfigurations named aksManagedAutoUpgradeSchedule with properties.maintenanceWindow",
    terraform:
      'azurerm_kubernetes_cluster.maintenance_window_auto_upgrade { frequency = "Weekly", interval = 1, duration = 4, day_of_week = "Saturday", start_time = "02:00" }',
  },
  sources: [SEED.updates, SEED.upgrades000, LEARN.plannedMaintenance],
  equivalents: { psrule: ["Azure.AKS.MaintenanceWindow"] },
  target: { kind: "cluster" },
  check(cluster, ctx) {
    const channel = get(cluster.resource, ["properties", "autoUpgradeProfile", "upgradeChannel"]);
    if (isUnknown(channel) || typeof channel !== "string" || channel.toLowerCase() === "none") return;
    checkMaintenanceWindow(
      cluster,
      ctx,
      "aksManagedAutoUpgradeSchedule",
      `Auto-upgrade channel "${channel}" has no aksManagedAutoUpgradeSchedule maintenance window among the inputs; upgrades may start at any time.`,
    );
  },
});
