/**
 * The ARM-shaped resource model: one `ArmResourceDef` per Azure resource, with the type, API version,
 * name and body ARM expects, plus what the emitters need to place it (module, resource group, symbolic
 * references). The ARM and Bicep emitters render these directly; the az CLI emitter reads them.
 *
 * Bodies are `Value` trees rather than the `@azure/arm-*` SDK model types: the SDK models flatten
 * `properties` and rename some keys (SDK `enableRbac` is ARM `enableRBAC`, `Subnet.addressPrefix` is ARM
 * `properties.addressPrefix`), so they do not describe template JSON. Every body is checked against
 * Azure's published ARM template schemas instead (test/azure/conformance.test.ts).
 */
import type { Expr, Value, ValueObject } from "./expr.js";

/** Bicep modules, in deployment order. Each module's resources live in one resource group. */
export const CONCERNS = [
  "hub",
  "network",
  "monitoring",
  "registry",
  "keyvault",
  "cluster",
  "identity",
  "alerts",
  "policy",
  "backup",
  "gitops",
  "hubPeering",
  "flowLogs",
] as const;
export type Concern = (typeof CONCERNS)[number];

/** The resource groups akskit deploys into. */
export type ResourceGroupKind = "hub" | "environment" | "networkWatcher";

/**
 * The resource group a concern deploys into: the shared hub's, the environment's, or Azure's
 * `NetworkWatcherRG` (flow logs are children of the region's Network Watcher, which Azure creates there).
 */
export function concernScope(concern: Concern): ResourceGroupKind {
  if (concern === "flowLogs") return "networkWatcher";
  return concern === "hub" || concern === "hubPeering" ? "hub" : "environment";
}

/** The resource group Azure creates Network Watchers in (learn.microsoft.com/azure/network-watcher/network-watcher-create). */
export const NETWORK_WATCHER_RESOURCE_GROUP = "NetworkWatcherRG";

/** The name Azure gives the Network Watcher of a region. */
export function networkWatcherName(location: string): string {
  return `NetworkWatcher_${location}`;
}

export interface ArmResourceDef {
  /** Unique identifier within one environment; the Bicep symbolic name. */
  symbol: string;
  concern: Concern;
  /** Full resource type, e.g. `Microsoft.ContainerService/managedClusters/agentPools`. */
  type: string;
  apiVersion: string;
  /** The last name segment (the full name of a child is the parent's name, `/`, this). */
  name: string | Expr;
  /** Symbol of the parent resource (child resources). */
  parent?: string;
  /** Symbol of the resource an extension resource applies to (diagnostic settings, role assignments, ...). */
  scope?: string;
  location?: Value;
  tags?: Record<string, string>;
  kind?: string;
  sku?: ValueObject;
  identity?: ValueObject;
  zones?: string[];
  properties?: ValueObject;
  /** Symbols this resource must be deployed after (beyond the ones its expressions reference). */
  dependsOn?: string[];
  /** What the resource is for, one sentence (Bicep comment, docs). */
  description: string;
}

/**
 * API versions, each one with a schema in Azure/azure-resource-manager-schemas
 * (../shared/schemas/arm-schema/schemas/<version>/<namespace>.json).
 */
export const API = {
  resourceGroups: "2025-04-01",
  deployments: "2025-04-01",
  network: "2025-07-01",
  privateDns: "2024-06-01",
  managedClusters: "2025-10-01",
  registry: "2025-11-01",
  keyVault: "2026-02-01",
  managedIdentity: "2024-11-30",
  logAnalytics: "2025-07-01",
  /** The newest GA diagnosticSettings with a schema (later versions are previews). */
  diagnosticSettings: "2016-09-01",
  actionGroups: "2023-01-01",
  dataCollection: "2024-03-11",
  metricAlerts: "2026-01-01",
  prometheusRuleGroups: "2023-03-01",
  monitorAccounts: "2025-10-03",
  grafana: "2025-08-01",
  /** ExtensionProperties are published for 2025-03-01, FluxConfigurationProperties for 2025-04-01. */
  clusterExtensions: "2025-03-01",
  fluxConfigurations: "2025-04-01",
  roleAssignments: "2022-04-01",
  policyAssignments: "2026-06-01",
  dataProtection: "2026-03-01",
  /** No Microsoft.Storage schema in the reference folder; 2025-01-01 is the current GA API. */
  storage: "2025-01-01",
  /**
   * Disk encryption sets (Microsoft.Compute disk resource provider). No Microsoft.Compute schema in the
   * reference folder; 2024-03-02 is the disk provider's current GA API.
   */
  diskEncryptionSets: "2024-03-02",
} as const;
