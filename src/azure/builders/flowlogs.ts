/**
 * Virtual network flow logs (observability.flowLogs; learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview,
 * seed 003 "Monitor and collect logs"): for the environment's spoke and the shared hub, a storage account in
 * the VNet's region holding the logs (private, no shared keys, like the backup account), a flow log on the
 * region's Network Watcher kept `logRetentionDays`, and traffic analytics into a Log Analytics workspace
 * every 10 minutes.
 *
 * Azure creates one Network Watcher per region, `NetworkWatcher_<region>` in resource group `NetworkWatcherRG`,
 * when a virtual network is first deployed there; the templates declare it (idempotently, same name and
 * resource group) so the flow logs have a parent on subscriptions that opted out of automatic enablement.
 */
import type { ClusterModel } from "../../model/types.js";
import { type BuildContext, HUB_LOCATION, LOCATION, hubClusters, hubOwner, pascal } from "../context.js";
import { type Expr, idOf, refOf } from "../expr.js";
import { API, type ArmResourceDef, type Concern, networkWatcherName } from "../resources.js";

/** Flow log records are written every minute; traffic analytics aggregates every 10 minutes. */
const TRAFFIC_ANALYTICS_INTERVAL_MINUTES = 10;

/** Storage account names: 3–24 lowercase letters and digits, unique in Azure. */
function storageName(base: string, suffix: string): string {
  return `st${base.replace(/[^a-z0-9]/g, "").slice(0, 22 - suffix.length)}${suffix}`;
}

export function flowLogStorageName(c: ClusterModel): string {
  return storageName(`${c.platform.name}${c.environment}`, "flog");
}

export function hubFlowLogStorageName(owner: ClusterModel): string {
  return storageName(owner.platform.name, "hubflog");
}

export function buildFlowLogs(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const out: ArmResourceDef[] = [];
  const owner = hubOwner(ctx.platform);
  // The shared hub is logged when any environment attached to it asks for flow logs (the same answer in
  // every environment's template), kept as long as the longest retention among them.
  const hubLogged = hubClusters(ctx.platform).filter((h) => h.settings.observability.flowLogs);
  const hubOn =
    owner !== undefined &&
    c.settings.network.topology === "hub-spoke" &&
    owner.network.hub !== undefined &&
    hubLogged.length > 0;
  const hubRetention = Math.max(0, ...hubLogged.map((h) => h.settings.observability.logRetentionDays));
  // One Network Watcher per region, its symbol keyed by the region so that every environment's template
  // declares the same resource the same way (the Bicep target shares them between environments).
  const watchers = new Map<string, ArmResourceDef>();
  const regionLocation = (location: string): Expr =>
    hubOn && location === owner.location ? HUB_LOCATION : LOCATION;
  const watcher = (location: string): string => {
    const symbol = `networkWatcher${pascal(location)}`;
    if (!watchers.has(location))
      watchers.set(location, networkWatcher(symbol, location, regionLocation(location)));
    return symbol;
  };
  const logs: ArmResourceDef[] = [];
  if (c.settings.observability.flowLogs) {
    out.push(flowLogStorage("flowLogStorage", "monitoring", flowLogStorageName(c), LOCATION, c, "the spoke"));
    logs.push(
      flowLog({
        symbol: `spokeFlowLog${pascal(c.location)}`,
        watcher: watcher(c.location),
        vnet: "spokeVnet",
        vnetName: c.names.spokeVnet,
        storage: "flowLogStorage",
        workspace: "logAnalytics",
        location: regionLocation(c.location),
        workspaceLocation: LOCATION,
        tags: c.tags,
        days: c.settings.observability.logRetentionDays,
      }),
    );
  }
  if (hubOn) {
    const o = owner;
    const shared = { ...o.tags, environment: "shared" };
    out.push(
      flowLogStorage("hubFlowLogStorage", "hub", hubFlowLogStorageName(o), HUB_LOCATION, o, "the hub", true),
      {
        symbol: "hubLogAnalytics",
        concern: "hub",
        type: "Microsoft.OperationalInsights/workspaces",
        apiVersion: API.logAnalytics,
        name: `log-${o.platform.name}-hub`,
        location: HUB_LOCATION,
        tags: shared,
        properties: { sku: { name: "PerGB2018" }, retentionInDays: hubRetention },
        description: `Log Analytics workspace for the hub's traffic analytics (${hubRetention} days).`,
      },
    );
    logs.push(
      flowLog({
        symbol: "hubFlowLog",
        watcher: watcher(o.location),
        vnet: "hubVnet",
        vnetName: o.names.hubVnet,
        storage: "hubFlowLogStorage",
        workspace: "hubLogAnalytics",
        location: HUB_LOCATION,
        workspaceLocation: HUB_LOCATION,
        tags: shared,
        days: hubRetention,
      }),
    );
  }
  return [...out, ...watchers.values(), ...logs];
}

function flowLogStorage(
  symbol: string,
  concern: Concern,
  name: string,
  location: Expr,
  c: ClusterModel,
  what: string,
  shared = false,
): ArmResourceDef {
  const zoned = c.settings.nodePoolDefaults.zones.length > 0;
  return {
    symbol,
    concern,
    type: "Microsoft.Storage/storageAccounts",
    apiVersion: API.storage,
    name,
    location,
    tags: shared ? { ...c.tags, environment: "shared" } : c.tags,
    kind: "StorageV2",
    sku: { name: zoned ? "Standard_ZRS" : "Standard_LRS" },
    properties: {
      accessTier: "Hot",
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
      minimumTlsVersion: "TLS1_2",
      supportsHttpsTrafficOnly: true,
      // Network Watcher writes as a trusted Microsoft service; nothing else reaches the account.
      publicNetworkAccess: "Disabled",
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
    },
    description: `Storage account holding the VNet flow logs of ${what} (no public access, no shared keys).`,
  };
}

function networkWatcher(symbol: string, location: string, locationExpr: Expr): ArmResourceDef {
  return {
    symbol,
    concern: "flowLogs",
    type: "Microsoft.Network/networkWatchers",
    apiVersion: API.network,
    name: networkWatcherName(location),
    location: locationExpr,
    properties: {},
    description: `The Network Watcher of ${location} (Azure's own, declared so the flow logs have their parent).`,
  };
}

function flowLog(o: {
  symbol: string;
  watcher: string;
  vnet: string;
  vnetName: string;
  storage: string;
  workspace: string;
  location: Expr;
  workspaceLocation: Expr;
  tags: Record<string, string>;
  days: number;
}): ArmResourceDef {
  const days = o.days;
  return {
    symbol: o.symbol,
    concern: "flowLogs",
    type: "Microsoft.Network/networkWatchers/flowLogs",
    apiVersion: API.network,
    name: `fl-${o.vnetName}`,
    parent: o.watcher,
    location: o.location,
    tags: o.tags,
    properties: {
      targetResourceId: idOf(o.vnet),
      storageId: idOf(o.storage),
      enabled: true,
      format: { type: "JSON", version: 2 },
      retentionPolicy: { enabled: true, days },
      flowAnalyticsConfiguration: {
        networkWatcherFlowAnalyticsConfiguration: {
          enabled: true,
          workspaceId: refOf(o.workspace, "customerId"),
          workspaceRegion: o.workspaceLocation,
          workspaceResourceId: idOf(o.workspace),
          trafficAnalyticsInterval: TRAFFIC_ANALYTICS_INTERVAL_MINUTES,
        },
      },
    },
    description: `VNet flow log of ${o.vnetName} (${days} days, traffic analytics every ${TRAFFIC_ANALYTICS_INTERVAL_MINUTES} minutes).`,
  };
}
