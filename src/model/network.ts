/**
 * Subnet layout: the subnets the spec does not give are carved from the address spaces, sized for the
 * node pools at their maximum plus upgrade surge (DESIGN.md "Plan"; seed 003 "Plan the IP addresses").
 */
import { allocate, cidr, prefixForAddresses } from "../net/cidr.js";
import type { Settings } from "../spec/schema.js";
import type { NetworkLayout, Origin, ResolvedNodePool, SubnetPlan } from "./types.js";

/** Addresses a node takes from its node subnet: 1 (overlay, kubenet) or 1 + maxPods (classic Azure CNI). */
export function addressesPerNode(plugin: Settings["network"]["plugin"], maxPods: number): number {
  return plugin === "azure" ? 1 + maxPods : 1;
}

/** Surge nodes at max scale: a count, or a percentage of the pool's max rounded up (as AKS rounds). */
export function surgeNodes(maxSurge: string, max: number): number {
  if (maxSurge.endsWith("%")) return Math.ceil((max * Number(maxSurge.slice(0, -1))) / 100);
  return Number(maxSurge);
}

/** Addresses the pools of one subnet need at max scale including surge. */
export function nodeSubnetDemand(
  plugin: Settings["network"]["plugin"],
  pools: readonly ResolvedNodePool[],
): number {
  return pools.reduce((sum, p) => sum + (p.max + p.surgeNodes) * addressesPerNode(plugin, p.maxPods), 0);
}

interface Request {
  key: string;
  name: string;
  purpose: string;
  prefix: number;
  given?: string;
}

/** Node subnets get at least a /24 so that later pools and scale have headroom (seed 003 uses /22 for nodes). */
const MIN_NODE_PREFIX = 24;

export function layoutNetwork(
  settings: Settings,
  pools: readonly ResolvedNodePool[],
  spokeSpace: string,
): NetworkLayout {
  const net = settings.network;
  const given = net.subnets;
  const system = pools.filter((p) => p.subnet === "systemNodes");
  const user = pools.filter((p) => p.subnet === "userNodes");
  const nodePrefix = (demand: number) => Math.min(MIN_NODE_PREFIX, prefixForAddresses(demand));

  const requests: Request[] = [
    {
      key: "systemNodes",
      name: "snet-system-nodes",
      purpose: "System node pool",
      prefix: nodePrefix(nodeSubnetDemand(net.plugin, system)),
      given: given.systemNodes,
    },
    {
      key: "userNodes",
      name: "snet-user-nodes",
      purpose: "User node pools",
      prefix: nodePrefix(nodeSubnetDemand(net.plugin, user)),
      given: given.userNodes,
    },
    // seed 003 "Subnet to host the ingress resources": internal load balancers for ingress.
    {
      key: "ingress",
      name: "snet-ingress",
      purpose: "Internal load balancer / ingress",
      prefix: 27,
      given: given.ingress,
    },
    {
      key: "privateEndpoints",
      name: "snet-private-endpoints",
      purpose: "Private endpoints (registry, Key Vault)",
      prefix: 27,
      given: given.privateEndpoints,
    },
  ];
  if (
    settings.ingress.waf ||
    settings.ingress.controller === "agic" ||
    settings.ingress.controller === "agc"
  ) {
    // Application Gateway v2 recommends a /24 (learn.microsoft.com/azure/application-gateway/configuration-infrastructure);
    // Application Gateway for Containers needs at least a /24 delegated subnet.
    requests.push({
      key: "applicationGateway",
      name: "snet-application-gateway",
      purpose: "Application Gateway WAF_v2",
      prefix: 24,
      given: given.applicationGateway,
    });
  }
  if (settings.apiServer.access === "vnet-integration") {
    // API server VNet integration requires a delegated subnet of at least /28.
    requests.push({
      key: "apiServer",
      name: "snet-apiserver",
      purpose: "API server VNet integration (delegated)",
      prefix: 28,
      given: given.apiServer,
    });
  }
  const spoke = place(cidr(spokeSpace), requests);

  let hub: NetworkLayout["hub"];
  if (net.topology === "hub-spoke") {
    const h = net.hub;
    const hubRequests: Request[] = [];
    // Azure Firewall needs AzureFirewallSubnet of at least /26; Bastion AzureBastionSubnet /26; GatewaySubnet /27 is recommended.
    if (h.firewall)
      hubRequests.push({
        key: "AzureFirewallSubnet",
        name: "AzureFirewallSubnet",
        purpose: "Azure Firewall",
        prefix: 26,
      });
    if (h.bastion)
      hubRequests.push({
        key: "AzureBastionSubnet",
        name: "AzureBastionSubnet",
        purpose: "Azure Bastion",
        prefix: 26,
      });
    if (h.vpnGateway)
      hubRequests.push({ key: "GatewaySubnet", name: "GatewaySubnet", purpose: "VPN gateway", prefix: 27 });
    const placed = place(cidr(h.addressSpace), hubRequests);
    hub = { addressSpace: h.addressSpace, subnets: placed.subnets };
    spoke.unplaced.push(...placed.unplaced);
  }
  return {
    spokeAddressSpace: spokeSpace,
    spokeSubnets: spoke.subnets,
    ...(hub ? { hub } : {}),
    unplaced: spoke.unplaced,
  };
}

function place(
  space: ReturnType<typeof cidr>,
  requests: Request[],
): { subnets: SubnetPlan[]; unplaced: NetworkLayout["unplaced"] } {
  const fixed = requests.filter((r) => r.given).map((r) => cidr(r.given!));
  // Largest first keeps blocks aligned and packed.
  const auto = requests.filter((r) => !r.given).sort((a, b) => a.prefix - b.prefix);
  const allocated = allocate(
    space,
    auto.map((r) => r.prefix),
    fixed,
  );
  const byKey = new Map<string, string | undefined>();
  auto.forEach((r, i) => byKey.set(r.key, allocated[i]?.text));
  const subnets: SubnetPlan[] = [];
  const unplaced: NetworkLayout["unplaced"] = [];
  for (const r of requests) {
    const text = r.given ?? byKey.get(r.key);
    const origin: Origin = r.given
      ? { kind: "spec" }
      : { kind: "derived", reason: `sized /${r.prefix} for ${r.purpose.toLowerCase()}` };
    if (text) subnets.push({ key: r.key, name: r.name, cidr: text, purpose: r.purpose, origin });
    else unplaced.push({ key: r.key, prefix: r.prefix, space: space.text });
  }
  return { subnets, unplaced };
}
