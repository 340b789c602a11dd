/** Shared check for the two AKS-managed planned maintenance schedules. */
import type { ManagedClusterFact } from "../../audit/facts.js";
import { isUnknown } from "../../audit/facts.js";
import type { RuleContext } from "../types.js";
import { describesClusterOnly, leafName, resourcesOfType } from "./lookup.js";

export const MAINTENANCE_TYPE = "Microsoft.ContainerService/managedClusters/maintenanceConfigurations";

/**
 * Reports when the cluster has no maintenance configuration named `configName` among the inputs.
 * Silent for `az aks show` JSON, which never includes maintenance configurations, and when some
 * configuration's name is an unevaluated expression.
 */
export function checkMaintenanceWindow(
  cluster: ManagedClusterFact,
  ctx: RuleContext,
  configName: string,
  message: string,
): void {
  if (describesClusterOnly(cluster)) return;
  const configs = resourcesOfType(ctx.facts, MAINTENANCE_TYPE);
  if (configs.some((c) => isUnknown(c.resource.name))) return;
  const mine = configs.filter((c) => {
    const [clusterName] = c.name.split("/");
    return c.name.includes("/") ? clusterName?.toLowerCase() === cluster.name.toLowerCase() : true;
  });
  if (mine.some((c) => leafName(c.name).toLowerCase() === configName.toLowerCase())) return;
  ctx.report({ message, path: ["properties", "autoUpgradeProfile"] });
}
