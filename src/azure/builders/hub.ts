/**
 * The hub shared by every environment (seed 003 "Network topology"): hub VNet with AzureFirewallSubnet,
 * AzureBastionSubnet and GatewaySubnet, Azure Firewall with a firewall policy holding the AKS egress
 * rules, Bastion and a VPN gateway. Built from the whole platform so that every environment's template
 * deploys the same hub (it lives in its own resource group), and the peering from the hub to this
 * environment's spoke.
 */
import type { ResourceNames } from "../../model/types.js";
import { applicationRules, networkRules } from "../firewall-rules.js";
import { type BuildContext, HUB_LOCATION, hubClusters, hubOwner } from "../context.js";
import { PUBLIC_CLOUD, type Value, cloud, concat, idOf, subnetId } from "../expr.js";
import { API, type ArmResourceDef } from "../resources.js";
import { publicIp } from "./common.js";

export function buildHub(ctx: BuildContext): ArmResourceDef[] {
  const owner = hubOwner(ctx.platform);
  if (!owner || ctx.cluster.settings.network.topology !== "hub-spoke" || !owner.network.hub) return [];
  const hub = owner.settings.network.hub;
  const names = owner.names;
  const tags = { ...hubTags(owner.tags) };
  const zones = owner.settings.nodePoolDefaults.zones;
  const subnets = owner.network.hub.subnets;
  const out: ArmResourceDef[] = [
    {
      symbol: "hubVnet",
      concern: "hub",
      type: "Microsoft.Network/virtualNetworks",
      apiVersion: API.network,
      name: names.hubVnet,
      location: HUB_LOCATION,
      tags,
      properties: {
        addressSpace: { addressPrefixes: [owner.network.hub.addressSpace] },
        subnets: subnets.map((s) => ({ name: s.name, properties: { addressPrefix: s.cidr } })),
      },
      description: "Hub virtual network shared by every environment (firewall, Bastion, gateway subnets).",
    },
  ];
  if (hub.firewall) out.push(...firewall(ctx, names, tags, zones));
  if (hub.bastion) {
    out.push(
      publicIp(
        "bastionPublicIp",
        "hub",
        names.bastionPublicIp,
        HUB_LOCATION,
        tags,
        zones,
        "Public IP of Azure Bastion.",
      ),
      {
        symbol: "bastion",
        concern: "hub",
        type: "Microsoft.Network/bastionHosts",
        apiVersion: API.network,
        name: names.bastion,
        location: HUB_LOCATION,
        tags,
        sku: { name: "Standard" },
        properties: {
          // Native client tunnelling lets operators reach the private API server through Bastion.
          enableTunneling: true,
          ipConfigurations: [
            {
              name: "bastion",
              properties: {
                subnet: { id: subnetId("hubVnet", "AzureBastionSubnet") },
                publicIPAddress: { id: idOf("bastionPublicIp") },
              },
            },
          ],
        },
        dependsOn: ["hubVnet"],
        description: "Azure Bastion: operator access to private resources without public IPs on them.",
      },
    );
  }
  if (hub.vpnGateway) {
    out.push(
      publicIp(
        "vpnGatewayPublicIp",
        "hub",
        names.vpnGatewayPublicIp,
        HUB_LOCATION,
        tags,
        zones,
        "Public IP of the VPN gateway.",
      ),
      {
        symbol: "vpnGateway",
        concern: "hub",
        type: "Microsoft.Network/virtualNetworkGateways",
        apiVersion: API.network,
        name: names.vpnGateway,
        location: HUB_LOCATION,
        tags,
        properties: {
          gatewayType: "Vpn",
          vpnType: "RouteBased",
          vpnGatewayGeneration: "Generation2",
          sku: { name: "VpnGw2AZ", tier: "VpnGw2AZ" },
          enableBgp: false,
          activeActive: false,
          ipConfigurations: [
            {
              name: "default",
              properties: {
                privateIPAllocationMethod: "Dynamic",
                subnet: { id: subnetId("hubVnet", "GatewaySubnet") },
                publicIPAddress: { id: idOf("vpnGatewayPublicIp") },
              },
            },
          ],
        },
        dependsOn: ["hubVnet"],
        description: "Site-to-site VPN gateway to on-premises networks.",
      },
    );
  }
  // The hub's side of the peering with this environment's spoke.
  out.push({
    symbol: "hubToSpokePeering",
    concern: "hubPeering",
    type: "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
    apiVersion: API.network,
    name: `peer-hub-to-${ctx.cluster.environment}`,
    parent: "hubVnet",
    properties: {
      remoteVirtualNetwork: { id: idOf("spokeVnet") },
      allowVirtualNetworkAccess: true,
      allowForwardedTraffic: true,
      allowGatewayTransit: hub.vpnGateway,
      useRemoteGateways: false,
    },
    description: "Peering from the hub to this environment's spoke.",
  });
  return out;
}

/**
 * FQDNs of the Azure cloud itself become `environment()` expressions so that the policy works in every
 * cloud (and Bicep's no-hardcoded-env-urls rule holds).
 */
function cloudFqdn(fqdn: string): Value {
  if (fqdn === PUBLIC_CLOUD.resourceManagerHost) return cloud("resourceManagerHost");
  if (fqdn === PUBLIC_CLOUD.loginHost) return cloud("loginHost");
  if (fqdn === `*${PUBLIC_CLOUD.keyVaultSuffix}`) return concat("*", cloud("keyVaultSuffix"));
  const storage = `.${PUBLIC_CLOUD.storageSuffix}`;
  if (fqdn.endsWith(storage))
    return concat(fqdn.slice(0, -PUBLIC_CLOUD.storageSuffix.length), cloud("storageSuffix"));
  return fqdn;
}

/** Tags of shared hub resources: the platform's, without the environment. */
function hubTags(tags: Record<string, string>): Record<string, string> {
  const { environment: _environment, ...rest } = tags;
  return { ...rest, environment: "shared" };
}

function firewall(
  ctx: BuildContext,
  names: ResourceNames,
  tags: Record<string, string>,
  zones: string[],
): ArmResourceDef[] {
  const owner = hubOwner(ctx.platform)!;
  const clusters = hubClusters(ctx.platform);
  const sources = clusters.map((c) => c.network.spokeAddressSpace);
  const regions = [...new Set(clusters.map((c) => c.location))].sort();
  const privateOnly = clusters.every((c) => c.settings.apiServer.access !== "public");
  const tier = owner.settings.network.hub.firewallSku;
  const appRules: Value[] = applicationRules(clusters).map((r) => ({
    ruleType: "ApplicationRule",
    name: r.name,
    description: r.description,
    sourceAddresses: sources,
    protocols: r.protocols,
    ...(r.fqdns ? { targetFqdns: r.fqdns.map(cloudFqdn) } : {}),
    ...(r.fqdnTags ? { fqdnTags: r.fqdnTags } : {}),
  }));
  const netRules: Value[] = networkRules(regions, privateOnly).map((r) => ({
    ruleType: "NetworkRule",
    name: r.name,
    description: r.description,
    ipProtocols: r.protocols,
    sourceAddresses: sources,
    destinationPorts: r.ports,
    ...(r.destinationAddresses ? { destinationAddresses: r.destinationAddresses } : {}),
    ...(r.destinationFqdns ? { destinationFqdns: r.destinationFqdns } : {}),
  }));
  return [
    publicIp(
      "firewallPublicIp",
      "hub",
      names.firewallPublicIp,
      HUB_LOCATION,
      tags,
      zones,
      "Public IP of Azure Firewall (the platform's egress address).",
    ),
    {
      symbol: "firewallPolicy",
      concern: "hub",
      type: "Microsoft.Network/firewallPolicies",
      apiVersion: API.network,
      name: names.firewallPolicy,
      location: HUB_LOCATION,
      tags,
      properties: {
        sku: { tier },
        threatIntelMode: "Deny",
        // Premium adds intrusion detection and prevention: block, not just alert.
        ...(tier === "Premium" ? { intrusionDetection: { mode: "Deny" } } : {}),
        // DNS proxy: FQDNs in network rules (ntp.ubuntu.com) resolve through the firewall.
        dnsSettings: { enableProxy: true },
      },
      description: "Firewall policy holding the AKS egress rules.",
    },
    {
      symbol: "firewallRules",
      concern: "hub",
      type: "Microsoft.Network/firewallPolicies/ruleCollectionGroups",
      apiVersion: API.network,
      name: "aks-egress",
      parent: "firewallPolicy",
      properties: {
        priority: 200,
        ruleCollections: [
          {
            ruleCollectionType: "FirewallPolicyFilterRuleCollection",
            name: "aks-network",
            priority: 100,
            action: { type: "Allow" },
            rules: netRules,
          },
          {
            ruleCollectionType: "FirewallPolicyFilterRuleCollection",
            name: "aks-application",
            priority: 200,
            action: { type: "Allow" },
            rules: appRules,
          },
        ],
      },
      description:
        "AKS required egress (FQDN tag, FQDNs, NTP, tunnel ports) plus monitoring, registry and GitOps hosts.",
    },
    {
      symbol: "firewall",
      concern: "hub",
      type: "Microsoft.Network/azureFirewalls",
      apiVersion: API.network,
      name: names.firewall,
      location: HUB_LOCATION,
      tags,
      ...(zones.length > 0 ? { zones } : {}),
      properties: {
        sku: { name: "AZFW_VNet", tier },
        firewallPolicy: { id: idOf("firewallPolicy") },
        ipConfigurations: [
          {
            name: "default",
            properties: {
              subnet: { id: subnetId("hubVnet", "AzureFirewallSubnet") },
              publicIPAddress: { id: idOf("firewallPublicIp") },
            },
          },
        ],
      },
      dependsOn: ["hubVnet", "firewallRules"],
      description: "Azure Firewall: every node egress goes through it (user-defined route 0.0.0.0/0).",
    },
  ];
}
