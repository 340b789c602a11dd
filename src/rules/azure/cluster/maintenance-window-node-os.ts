import { defineRule } from "../../types.js";
import { get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { checkMaintenanceWindow } from "../maintenance.js";
import { isUnknown } from "../../../audit/facts.js";

export const maintenanceWindowNodeOs = defineRule({
  id: "cluster/maintenance-window-node-os",
  title: "Node OS upgrades run in a planned maintenance window",
  severity: "low",
  pillar: "operations",
  level: "production",
  rationale:
    "Node image and security patch upgrades reimage or reboot nodes; without the aksManagedNodeOSUpgradeSchedule maintenance configuration they can happen at any time of day.",
  remediation: {
    text: "Add an aksManagedNodeOSUpgradeSchedule maintenance configuration (at least 4 hours).",
    spec: 'spec.upgrades.nodeOsMaintenanceWindow: { day: Sunday, start: "02:00", hours: 4 }',
    arm: "Microsoft.ContainerService/managedClusters/maintenanceConfigurations named aksManagedNodeOSUpgradeSchedule with properties.maintenanceWindow",
    terraform:
      'azurerm_kubernetes_cluster.maintenance_window_node_os { frequency = "Weekly", interval = 1, duration = 4, day_of_week = "Sunday", start_time = "02:00" }',
  },
  sources: [SEED.nodeUpgrades, LEARN.plannedMaintenance],
  equivalents: { psrule: ["Azure.AKS.MaintenanceWindow"] },
  target: { kind: "cluster" },
  check(cluster, ctx) {
    const channel = get(cluster.resource, ["properties", "autoUpgradeProfile", "nodeOSUpgradeChannel"]);
    if (isUnknown(channel) || typeof channel !== "string") return;
    if (!["nodeimage", "securitypatch"].includes(channel.toLowerCase())) return;
    checkMaintenanceWindow(
      cluster,
      ctx,
      "aksManagedNodeOSUpgradeSchedule",
      `Node OS channel "${channel}" has no aksManagedNodeOSUpgradeSchedule maintenance window among the inputs; nodes may be reimaged at any time.`,
    );
  },
});
