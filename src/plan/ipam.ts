/**
 * The IP address plan of one environment: every subnet of the spoke (and the shared hub) with its range,
 * size, usable addresses (Azure reserves 5 per subnet), the addresses it needs at maximum scale including
 * upgrade surge, what is left and the share used; plus a summary per VNet and the cluster-internal ranges
 * (pod and service CIDRs). Node subnet figures come from plan/capacity.ts, the same numbers validation uses.
 */
import { azureUsable, cidr, size } from "../net/cidr.js";
import type { ClusterModel, Origin, SubnetPlan } from "../model/types.js";
import { computeCapacity, type CapacityReport } from "./capacity.js";

export interface IpRow {
  vnet: "spoke" | "hub";
  key: string;
  name: string;
  cidr: string;
  purpose: string;
  /** Total addresses in the range. */
  size: number;
  /** size − 5 (Azure's reserved addresses). */
  usable: number;
  /** Addresses needed at max scale including upgrade surge; null when Azure manages the subnet's use. */
  needed: number | null;
  /** usable − needed; null with needed. */
  free: number | null;
  /** needed / usable in percent, one decimal; null with needed. */
  percentUsed: number | null;
  /** How `needed` was counted, in words. */
  basis: string;
  origin: Origin;
}

export interface VnetSummary {
  vnet: "spoke" | "hub";
  name: string;
  addressSpace: string;
  size: number;
  /** Addresses in subnets. */
  allocated: number;
  /** Addresses not in any subnet (room for later subnets). */
  unallocated: number;
}

export interface ClusterRange {
  key: "podCidr" | "serviceCidr";
  cidr: string;
  size: number;
  use: string;
}

export interface IpPlan {
  vnets: VnetSummary[];
  subnets: IpRow[];
  ranges: ClusterRange[];
  /** Requests the layout could not place (validation reports them as errors). */
  unplaced: { key: string; prefix: number; space: string }[];
}

const pct = (needed: number, usable: number): number =>
  usable === 0 ? 100 : Math.round((needed / usable) * 1000) / 10;

function row(vnet: IpRow["vnet"], s: SubnetPlan, needed: number | null, basis: string): IpRow {
  const c = cidr(s.cidr);
  const usable = azureUsable(c);
  return {
    vnet,
    key: s.key,
    name: s.name,
    cidr: c.text,
    purpose: s.purpose,
    size: size(c),
    usable,
    needed,
    free: needed === null ? null : usable - needed,
    percentUsed: needed === null ? null : pct(needed, usable),
    basis,
    origin: s.origin,
  };
}

/** Addresses a non-node spoke subnet needs, with the reason. */
function serviceSubnetNeed(model: ClusterModel, key: string): { needed: number | null; basis: string } {
  const s = model.settings;
  switch (key) {
    case "ingress": {
      const ilb = s.ingress.controller !== "none" ? 1 : 0;
      return {
        needed: ilb,
        basis: ilb
          ? "1 internal load balancer frontend IP for the ingress controller"
          : "no ingress controller: reserved for internal load balancers",
      };
    }
    case "privateEndpoints": {
      const acr = s.registry.enabled && s.registry.privateEndpoint ? 2 + s.registry.geoReplicas.length : 0;
      const kv = s.keyVault.enabled && s.keyVault.privateEndpoint ? 1 : 0;
      const parts = [
        ...(acr ? [`registry ${acr} (registry + data endpoint per region)`] : []),
        ...(kv ? ["Key Vault 1"] : []),
      ];
      return { needed: acr + kv, basis: parts.length ? parts.join(", ") : "no private endpoints" };
    }
    case "applicationGateway":
      return {
        needed: APP_GATEWAY_MAX_INSTANCES + 1,
        basis: `${APP_GATEWAY_MAX_INSTANCES} autoscaled instances + 1 private frontend IP (assumed max)`,
      };
    case "apiServer":
      return { needed: null, basis: "managed by AKS (delegated subnet, /28 minimum)" };
    default:
      return { needed: null, basis: "not counted" };
  }
}

/** Instances the Application Gateway autoscaler may reach in akskit's sizing assumption. */
export const APP_GATEWAY_MAX_INSTANCES = 10;

const HUB_BASIS: Record<string, string> = {
  AzureFirewallSubnet: "managed by Azure Firewall (scales out; /26 required)",
  AzureBastionSubnet: "managed by Azure Bastion (scales out; /26 required)",
  GatewaySubnet: "managed by the VPN gateway (/27 recommended)",
};

function nodeBasis(cap: CapacityReport["subnets"][number], plugin: string): string {
  if (cap.pools.length === 0) return "no node pools";
  const perNode = plugin === "azure" ? "1 + maxPods" : "1";
  const pools = cap.pools
    .map((p) => `${p.name} (${p.max} max + ${p.surge} surge) × ${p.addressesPerNode}`)
    .join(" + ");
  return `${pools}; ${perNode} per node (${plugin}); holds ${cap.maxNodes ?? 0} nodes`;
}

function summary(vnet: VnetSummary["vnet"], name: string, space: string, subnets: IpRow[]): VnetSummary {
  const total = size(cidr(space));
  const allocated = subnets.reduce((n, s) => n + s.size, 0);
  return { vnet, name, addressSpace: space, size: total, allocated, unallocated: total - allocated };
}

export function ipPlan(model: ClusterModel, capacity: CapacityReport = computeCapacity(model)): IpPlan {
  const plugin = model.settings.network.plugin;
  const spoke = model.network.spokeSubnets.map((s) => {
    const cap = capacity.subnets.find((c) => c.key === s.key);
    if (cap && (s.key === "systemNodes" || s.key === "userNodes"))
      return row("spoke", s, cap.needed, nodeBasis(cap, plugin));
    const need = serviceSubnetNeed(model, s.key);
    return row("spoke", s, need.needed, need.basis);
  });
  const hub = (model.network.hub?.subnets ?? []).map((s) =>
    row("hub", s, null, HUB_BASIS[s.key] ?? "managed by Azure"),
  );
  const vnets = [summary("spoke", model.names.spokeVnet, model.network.spokeAddressSpace, spoke)];
  if (model.network.hub) vnets.push(summary("hub", model.names.hubVnet, model.network.hub.addressSpace, hub));
  const net = model.settings.network;
  const pod = cidr(net.podCidr);
  const ranges: ClusterRange[] = [
    {
      key: "podCidr",
      cidr: pod.text,
      size: size(pod),
      use:
        plugin === "azure"
          ? "unused: classic Azure CNI gives pods addresses from the node subnets"
          : `a /24 per node: holds ${capacity.podCidr.maxNodes ?? 0} nodes, ${capacity.podCidr.nodesNeeded} needed at max + surge`,
    },
    {
      key: "serviceCidr",
      cidr: cidr(net.serviceCidr).text,
      size: size(cidr(net.serviceCidr)),
      use: `cluster IPs of Services; DNS service at ${net.dnsServiceIp}`,
    },
  ];
  return { vnets, subnets: [...spoke, ...hub], ranges, unplaced: model.network.unplaced };
}
