/** What every builder receives: the environment's model and the whole platform (for the shared hub). */
import type { ClusterModel, PlatformModel } from "../model/types.js";
import { param } from "./expr.js";

export interface BuildContext {
  platform: PlatformModel;
  cluster: ClusterModel;
}

/** The environment's region (template parameter, Bicep linter rule `no-hardcoded-location`). */
export const LOCATION = param("location");
/** The hub's region. */
export const HUB_LOCATION = param("hubLocation");

/** Whether node egress goes through the hub's Azure Firewall (user-defined route 0.0.0.0/0). */
export function firewallEgress(cluster: ClusterModel): boolean {
  const n = cluster.settings.network;
  return n.egress === "firewall" && n.topology === "hub-spoke" && n.hub.firewall;
}

/** The environments that share the hub (hub-spoke topology), in spec order. */
export function hubClusters(platform: PlatformModel): ClusterModel[] {
  return platform.clusters.filter((c) => c.settings.network.topology === "hub-spoke");
}

/** The cluster whose hub settings describe the shared hub (the first hub-spoke environment). */
export function hubOwner(platform: PlatformModel): ClusterModel | undefined {
  return hubClusters(platform)[0];
}

/** `api-gateway` → `ApiGateway`, for symbols. */
export function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("");
}

export function hasSpokeSubnet(cluster: ClusterModel, key: string): boolean {
  return cluster.network.spokeSubnets.some((x) => x.key === key);
}
