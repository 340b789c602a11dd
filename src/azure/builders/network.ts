/**
 * The environment's spoke (seed 003 "Plan the IP addresses", seed 004 "Networking"): VNet with the
 * laid-out subnets, one NSG per subnet, the route table sending 0.0.0.0/0 to the hub firewall, a NAT
 * gateway when chosen, the spoke → hub peering, and Application Gateway WAF_v2 with its WAF policy.
 */
import { type BuildContext, LOCATION, firewallEgress, hasSpokeSubnet, pascal } from "../context.js";
import { type Value, type ValueObject, childIdOf, idOf, refOf, subnetId } from "../expr.js";
import { API, type ArmResourceDef } from "../resources.js";
import { publicIp } from "./common.js";

const NODE_SUBNETS = new Set(["systemNodes", "userNodes"]);

export function buildNetwork(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const n = c.names;
  const net = c.settings.network;
  const udr = firewallEgress(c);
  const nat = net.egress === "nat-gateway";
  const out: ArmResourceDef[] = [];

  for (const s of c.network.spokeSubnets)
    out.push({
      symbol: `nsg${pascal(s.key)}`,
      concern: "network",
      type: "Microsoft.Network/networkSecurityGroups",
      apiVersion: API.network,
      name: n.nsg(s.key),
      location: LOCATION,
      tags: c.tags,
      properties: { securityRules: nsgRules(s.key) },
      description: `Network security group of the ${s.purpose.toLowerCase()} subnet.`,
    });

  if (udr)
    out.push({
      symbol: "routeTable",
      concern: "network",
      type: "Microsoft.Network/routeTables",
      apiVersion: API.network,
      name: n.routeTable,
      location: LOCATION,
      tags: c.tags,
      properties: {
        disableBgpRoutePropagation: true,
        routes: [
          {
            name: "default-to-firewall",
            properties: {
              addressPrefix: "0.0.0.0/0",
              nextHopType: "VirtualAppliance",
              nextHopIpAddress: refOf("firewall", "ipConfigurations[0].properties.privateIPAddress"),
            },
          },
        ],
      },
      description: "Sends all node egress (0.0.0.0/0) to the hub's Azure Firewall.",
    });

  if (nat)
    out.push(
      publicIp(
        "natGatewayPublicIp",
        "network",
        n.natGatewayPublicIp,
        LOCATION,
        c.tags,
        [],
        "Public IP of the NAT gateway (egress address).",
      ),
      {
        symbol: "natGateway",
        concern: "network",
        type: "Microsoft.Network/natGateways",
        apiVersion: API.network,
        name: n.natGateway,
        location: LOCATION,
        tags: c.tags,
        sku: { name: "Standard" },
        properties: { idleTimeoutInMinutes: 4, publicIpAddresses: [{ id: idOf("natGatewayPublicIp") }] },
        description: "NAT gateway for node egress (outbound type userAssignedNATGateway).",
      },
    );

  const subnets: Value[] = c.network.spokeSubnets.map((s) => {
    const props: ValueObject = {
      addressPrefix: s.cidr,
      networkSecurityGroup: { id: idOf(`nsg${pascal(s.key)}`) },
    };
    if (NODE_SUBNETS.has(s.key) && udr) props.routeTable = { id: idOf("routeTable") };
    if (NODE_SUBNETS.has(s.key) && nat) props.natGateway = { id: idOf("natGateway") };
    if (s.key === "privateEndpoints") props.privateEndpointNetworkPolicies = "Enabled";
    if (s.key === "apiServer")
      props.delegations = [
        { name: "aks-apiserver", properties: { serviceName: "Microsoft.ContainerService/managedClusters" } },
      ];
    return { name: s.name, properties: props };
  });
  out.push({
    symbol: "spokeVnet",
    concern: "network",
    type: "Microsoft.Network/virtualNetworks",
    apiVersion: API.network,
    name: n.spokeVnet,
    location: LOCATION,
    tags: c.tags,
    properties: {
      addressSpace: { addressPrefixes: [c.network.spokeAddressSpace] },
      subnets,
    },
    description: "The environment's spoke VNet: node, ingress, private endpoint and gateway subnets.",
  });

  if (net.topology === "hub-spoke" && c.network.hub)
    out.push({
      symbol: "spokeToHubPeering",
      concern: "network",
      type: "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
      apiVersion: API.network,
      name: "peer-to-hub",
      parent: "spokeVnet",
      properties: {
        remoteVirtualNetwork: { id: idOf("hubVnet") },
        allowVirtualNetworkAccess: true,
        allowForwardedTraffic: true,
        allowGatewayTransit: false,
        useRemoteGateways: false,
      },
      description: "Peering from the spoke to the hub.",
    });

  if (c.settings.ingress.waf && hasSpokeSubnet(c, "applicationGateway")) out.push(...applicationGateway(ctx));
  return out;
}

/** Subnet-specific NSG rules; the default rules cover node and private endpoint subnets. */
function nsgRules(key: string): Value[] {
  if (key === "applicationGateway")
    // Application Gateway v2 needs GatewayManager on 65200-65535 and the load balancer probe
    // (learn.microsoft.com/azure/application-gateway/configuration-infrastructure#network-security-groups).
    return [
      rule("allow-gateway-manager", 100, "GatewayManager", "*", "65200-65535"),
      rule("allow-https", 110, "Internet", "*", "443"),
      rule("allow-http", 120, "Internet", "*", "80"),
      rule("allow-load-balancer", 130, "AzureLoadBalancer", "*", "*"),
    ];
  if (key === "ingress")
    return [
      rule("allow-https-from-vnet", 100, "VirtualNetwork", "*", "443"),
      rule("allow-http-from-vnet", 110, "VirtualNetwork", "*", "80"),
    ];
  return [];
}

function rule(name: string, priority: number, source: string, dest: string, ports: string): Value {
  return {
    name,
    properties: {
      priority,
      direction: "Inbound",
      access: "Allow",
      protocol: "Tcp",
      sourceAddressPrefix: source,
      sourcePortRange: "*",
      destinationAddressPrefix: dest,
      destinationPortRange: ports,
    },
  };
}

function applicationGateway(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const n = c.names;
  const zones = c.settings.nodePoolDefaults.zones;
  const child = (kind: string, name: string): Value => ({ id: childIdOf("applicationGateway", kind, name) });
  return [
    publicIp(
      "applicationGatewayPublicIp",
      "network",
      n.applicationGatewayPublicIp,
      LOCATION,
      c.tags,
      zones,
      "Public IP of the Application Gateway (the platform's ingress address).",
    ),
    {
      symbol: "wafPolicy",
      concern: "network",
      type: "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies",
      apiVersion: API.network,
      name: n.wafPolicy,
      location: LOCATION,
      tags: c.tags,
      properties: {
        policySettings: {
          state: "Enabled",
          // seed 003: Prevention in production; Detection while tuning in dev.
          mode: c.settings.ingress.wafMode,
          requestBodyCheck: true,
        },
        managedRules: {
          managedRuleSets: [
            { ruleSetType: "Microsoft_DefaultRuleSet", ruleSetVersion: "2.1" },
            { ruleSetType: "Microsoft_BotManagerRuleSet", ruleSetVersion: "1.1" },
          ],
        },
      },
      description: `WAF policy (${c.settings.ingress.wafMode} mode, Microsoft default and bot manager rule sets).`,
    },
    {
      symbol: "applicationGateway",
      concern: "network",
      type: "Microsoft.Network/applicationGateways",
      apiVersion: API.network,
      name: n.applicationGateway,
      location: LOCATION,
      tags: c.tags,
      ...(zones.length > 0 ? { zones } : {}),
      properties: {
        sku: { name: "WAF_v2", tier: "WAF_v2" },
        autoscaleConfiguration: { minCapacity: c.preset === "dev" ? 0 : 2, maxCapacity: 10 },
        firewallPolicy: { id: idOf("wafPolicy") },
        gatewayIPConfigurations: [
          {
            name: "gateway",
            properties: { subnet: { id: subnetId("spokeVnet", "snet-application-gateway") } },
          },
        ],
        frontendIPConfigurations: [
          { name: "public", properties: { publicIPAddress: { id: idOf("applicationGatewayPublicIp") } } },
        ],
        frontendPorts: [{ name: "http", properties: { port: 80 } }],
        // The ingress controller's internal load balancer in the ingress subnet is the backend; its address
        // is known once the controller runs, so the pool starts empty and is filled by the platform team.
        backendAddressPools: [{ name: "ingress", properties: {} }],
        backendHttpSettingsCollection: [
          {
            name: "ingress-http",
            properties: {
              port: 80,
              protocol: "Http",
              requestTimeout: 30,
              pickHostNameFromBackendAddress: false,
            },
          },
        ],
        httpListeners: [
          {
            name: "http",
            properties: {
              frontendIPConfiguration: child("frontendIPConfigurations", "public"),
              frontendPort: child("frontendPorts", "http"),
              protocol: "Http",
            },
          },
        ],
        requestRoutingRules: [
          {
            name: "ingress",
            properties: {
              ruleType: "Basic",
              priority: 100,
              httpListener: child("httpListeners", "http"),
              backendAddressPool: child("backendAddressPools", "ingress"),
              backendHttpSettings: child("backendHttpSettingsCollection", "ingress-http"),
            },
          },
        ],
      },
      dependsOn: ["spokeVnet"],
      description: "Application Gateway WAF_v2 in front of the cluster's ingress.",
    },
  ];
}
