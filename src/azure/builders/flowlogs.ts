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
import { type BuildContext, HUB_LOCATION, LOCATION, hubOwner } from "../context.js";
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
  const hub =
    owner && c.settings.network.topology === "hub-spoke" && owner.network.hub
      ? owner.settings.observability.flowLogs
      : false;
  const hubSeparate = hub && owner!.location !== c.location;
  if (c.settings.observability.flowLogs) {
    out.push(
      flowLogStorage("flowLogStorage", "monitoring", flowLogStorageName(c), LOCATION, c, "the spoke"),
      networkWatcher("networkWatcher", c.location, LOCATION),
      flowLog({
        symbol: "spokeFlowLog",
        watcher: "networkWatcher",
        vnet: "spokeVnet",
        vnetName: c.names.spokeVnet,
        storage: "flowLogStorage",
        workspace: "logAnalytics",
        location: LOCATION,
        tags: c.tags,
        c,
      }),
    );
  }
  if (hub) {
    const o = owner!;
    out.push(
      flowLogStorage("hubFlowLogStorage", "hub", hubFlowLogStorageName(o), HUB_LOCATION, o, "the hub", true),
      {
        symbol: "hubLogAnalytics",
        concern: "hub",
        type: "Microsoft.OperationalInsights/workspaces",
        apiVersion: API.logAnalytics,
        name: `log-${o.platform.name}-hub`,
        location: HUB_LOCATION,
        tags: { ...o.tags, environment: "shared" },
        properties: {
          sku: { name: "PerGB2018" },
          retentionInDays: o.settings.observability.logRetentionDays,
        },
        description: `Log Analytics workspace for the hub's traffic analytics (${o.settings.observability.logRetentionDays} days).`,
      },
    );
    const watcher =
      hubSeparate || !c.settings.observability.flowLogs ? "hubNetworkWatcher" : "networkWatcher";
    if (watcher === "hubNetworkWatcher") out.push(networkWatcher(watcher, o.location, HUB_LOCATION));
    out.push(
      flowLog({
        symbol: "hubFlowLog",
        watcher,
        vnet: "hubVnet",
        vnetName: o.names.hubVnet,
        storage: "hubFlowLogStorage",
        workspace: "hubLogAnalytics",
        location: watcher === "hubNetworkWatcher" ? HUB_LOCATION : LOCATION,
        tags: { ...o.tags, environment: "shared" },
        c: o,
      }),
    );
  }
  return out;
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
  tags: Record<string, string>;
  c: ClusterModel;
}): ArmResourceDef {
  const days = o.c.settings.observability.logRetentionDays;
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
          workspaceRegion: o.location,
          workspaceResourceId: idOf(o.workspace),
          trafficAnalyticsInterval: TRAFFIC_ANALYTICS_INTERVAL_MINUTES,
        },
      },
    },
    description: `VNet flow log of ${o.vnetName} (${days} days, traffic analytics every ${TRAFFIC_ANALYTICS_INTERVAL_MINUTES} minutes).`,
  };
}
