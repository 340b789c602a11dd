/**
 * The resolved model of one environment's cluster: every value decided, nothing optional that a
 * generator would have to default. Generators, the planner and the spec's audit facts read only this.
 */
import type { Namespace, NodePool, PresetName, Settings, Workload } from "../spec/schema.js";

/** Where a resolved value came from (shown by `akskit plan`). */
export type Origin =
  | { kind: "preset"; preset: PresetName }
  | { kind: "spec" }
  | { kind: "environment"; environment: string }
  | { kind: "derived"; reason: string };

export interface ResolvedNodePool extends Required<Omit<NodePool, "spotMaxPrice" | "evictionPolicy">> {
  evictionPolicy?: "Delete" | "Deallocate";
  spotMaxPrice?: number;
  /** Which spoke subnet the pool's nodes live in. */
  subnet: "systemNodes" | "userNodes";
  /** Extra nodes during an upgrade at max scale (max surge resolved against max). */
  surgeNodes: number;
}

export interface ResolvedNamespace extends Required<Omit<Namespace, "quota" | "limits" | "labels">> {
  quota?: Required<NonNullable<Namespace["quota"]>>;
  limits: Required<NonNullable<Namespace["limits"]>>;
  labels: Record<string, string>;
}

export interface ResolvedWorkload extends Required<
  Omit<
    Workload,
    "ingress" | "identity" | "metrics" | "nodePool" | "resources" | "replicas" | "health" | "pdb" | "slo"
  >
> {
  replicas: { min: number; max: number; cpuTarget: number; memoryTarget?: number };
  resources: { cpu: string; memory: string; cpuLimit?: string; memoryLimit: string };
  health: { path: string; livenessPath: string; startupSeconds: number };
  ingress?: { host: string; path: string };
  identity?: { roles: { role: string; scope: string }[] };
  metrics?: { path: string; port: number };
  nodePool?: string;
  /** undefined when the workload runs one replica (a PDB would block drains). */
  pdb?: { maxUnavailable: number | string };
  slo: { availability: number };
  team: string;
}

export interface SubnetPlan {
  /** Key in the layout (systemNodes, userNodes, ingress, applicationGateway, privateEndpoints, apiServer, AzureFirewallSubnet, ...). */
  key: string;
  /** Azure subnet name. */
  name: string;
  cidr: string;
  /** Why it exists. */
  purpose: string;
  origin: Origin;
}

export interface NetworkLayout {
  spokeAddressSpace: string;
  spokeSubnets: SubnetPlan[];
  hub?: { addressSpace: string; subnets: SubnetPlan[] };
  /** Requests that did not fit in the address space (reported by validation). */
  unplaced: { key: string; prefix: number; space: string }[];
}

export interface ResourceNames {
  resourceGroup: string;
  nodeResourceGroup: string;
  hubResourceGroup: string;
  hubVnet: string;
  spokeVnet: string;
  cluster: string;
  controlPlaneIdentity: string;
  kubeletIdentity: string;
  registry: string;
  keyVault: string;
  logAnalytics: string;
  monitorWorkspace: string;
  grafana: string;
  actionGroup: string;
  dataCollectionRule: string;
  firewall: string;
  firewallPolicy: string;
  firewallPublicIp: string;
  bastion: string;
  bastionPublicIp: string;
  vpnGateway: string;
  vpnGatewayPublicIp: string;
  routeTable: string;
  natGateway: string;
  natGatewayPublicIp: string;
  applicationGateway: string;
  applicationGatewayPublicIp: string;
  wafPolicy: string;
  backupStorageAccount: string;
  backupIdentity: string;
  backupVault: string;
  nsg: (subnetKey: string) => string;
  workloadIdentity: (workload: string) => string;
}

export interface ClusterModel {
  platform: { name: string; owner?: string; costCenter?: string; specFile: string };
  environment: string;
  /** Every environment of the platform, in spec order. */
  environments: string[];
  preset: PresetName;
  location: string;
  tags: Record<string, string>;
  settings: Settings;
  /** Origin of every resolved leaf, by dotted path (e.g. `network.plugin`, `nodePools.apps.max`). */
  origins: Record<string, Origin>;
  names: ResourceNames;
  network: NetworkLayout;
  nodePools: ResolvedNodePool[];
  namespaces: ResolvedNamespace[];
  workloads: ResolvedWorkload[];
}

/** The whole platform: one model per environment. */
export interface PlatformModel {
  name: string;
  specFile: string;
  preset: PresetName;
  clusters: ClusterModel[];
}
