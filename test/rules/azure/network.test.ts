import { Unknown } from "../../../src/audit/facts.js";
import { dnsServiceIpInRange } from "../../../src/rules/azure/network/dns-service-ip-in-range.js";
import { noOpenManagementPorts } from "../../../src/rules/azure/network/no-open-management-ports.js";
import { publicIpStandard } from "../../../src/rules/azure/network/public-ip-standard.js";
import { publicIpZones } from "../../../src/rules/azure/network/public-ip-zones.js";
import { podCidrCapacity } from "../../../src/rules/azure/network/pod-cidr-capacity.js";
import { serviceCidrOverlap } from "../../../src/rules/azure/network/service-cidr-overlap.js";
import { subnetCapacity } from "../../../src/rules/azure/network/subnet-capacity.js";
import { subnetNsg } from "../../../src/rules/azure/network/subnet-nsg.js";
import { vnetFlowLogs } from "../../../src/rules/azure/network/vnet-flow-logs.js";
import { facts, resources, testRule } from "./helpers.js";

const SUBNET_ID =
  "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-spoke/subnets/snet-nodes";
const vnet = (prefix: string) => ({
  type: "Microsoft.Network/virtualNetworks",
  name: "vnet-spoke",
  properties: {
    addressSpace: { addressPrefixes: ["10.240.0.0/16"] },
    subnets: [{ name: "snet-nodes", properties: { addressPrefix: prefix } }],
  },
});
const classic = { networkPlugin: "azure" };
const overlay = {
  networkPlugin: "azure",
  networkPluginMode: "overlay",
  podCidr: "10.244.0.0/16",
  serviceCidr: "10.0.0.0/16",
};
const autoscaled = (name: string, max: number, extra: Record<string, unknown> = {}) => ({
  name,
  mode: "User",
  enableAutoScaling: true,
  minCount: 1,
  maxCount: max,
  vnetSubnetID: SUBNET_ID,
  ...extra,
});

testRule(subnetCapacity, {
  valid: [
    // 8 nodes + 1 surge, 111 addresses each = 999 of 1019.
    facts(
      {
        properties: {
          networkProfile: classic,
          agentPoolProfiles: [autoscaled("apps", 8, { maxPods: 110, upgradeSettings: { maxSurge: "1" } })],
        },
      },
      [vnet("10.240.0.0/22")],
    ),
    // Overlay: one address per node; 200 + 20 surge (10%) fit a /24 (251).
    facts({ properties: { networkProfile: overlay, agentPoolProfiles: [autoscaled("apps", 200)] } }, [
      vnet("10.240.0.0/24"),
    ]),
    // The subnet is not among the inputs: nothing to judge.
    facts({
      properties: { networkProfile: classic, agentPoolProfiles: [autoscaled("apps", 100, { maxPods: 250 })] },
    }),
    facts(
      {
        properties: {
          networkProfile: classic,
          agentPoolProfiles: [autoscaled("apps", 100, { vnetSubnetID: new Unknown("[variables('s')]") })],
        },
      },
      [vnet("10.240.0.0/28")],
    ),
  ],
  invalid: [
    {
      // Seed 004's story: classic CNI, maxPods 110, a /22.
      facts: facts(
        {
          properties: {
            networkProfile: classic,
            agentPoolProfiles: [autoscaled("apps", 10, { maxPods: 110 })],
          },
        },
        [vnet("10.240.0.0/22")],
      ),
      message:
        'Subnet "vnet-spoke/snet-nodes" (10.240.0.0/22, 1019 usable addresses) needs 1221 at maximum scale (apps: (10 nodes + 1 surge) × 111)',
      path: "properties.agentPoolProfiles[0].vnetSubnetID",
    },
    {
      facts: facts(
        {
          properties: {
            networkProfile: overlay,
            agentPoolProfiles: [autoscaled("system", 6, { mode: "System" }), autoscaled("apps", 250)],
          },
        },
        [vnet("10.240.0.0/24")],
      ),
      message:
        "needs 282 at maximum scale (system: (6 nodes + 1 surge) × 1; apps: (250 nodes + 25 surge) × 1)",
      path: "properties.agentPoolProfiles[0].vnetSubnetID",
    },
    {
      facts: facts(
        {
          properties: {
            networkProfile: classic,
            agentPoolProfiles: [autoscaled("apps", 3, { maxPods: 30 })],
          },
        },
        [
          {
            type: "Microsoft.Network/virtualNetworks/subnets",
            name: "vnet-spoke/snet-nodes",
            properties: { addressPrefix: "10.240.0.0/26" },
          },
        ],
      ),
      message: "(10.240.0.0/26, 59 usable addresses) needs 124",
      path: "properties.agentPoolProfiles[0].vnetSubnetID",
    },
    {
      // The ARM evaluator leaves resourceId() unevaluated; literal arguments are still read.
      facts: facts(
        {
          properties: {
            networkProfile: classic,
            agentPoolProfiles: [
              autoscaled("apps", 3, {
                maxPods: 30,
                vnetSubnetID: new Unknown(
                  "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-spoke', 'snet-nodes')]",
                ),
              }),
            ],
          },
        },
        [vnet("10.240.0.0/26")],
      ),
      message: "(10.240.0.0/26, 59 usable addresses) needs 124",
      path: "properties.agentPoolProfiles[0].vnetSubnetID",
    },
  ],
});

testRule(podCidrCapacity, {
  valid: [
    facts({ properties: { networkProfile: overlay, agentPoolProfiles: [autoscaled("apps", 200)] } }),
    facts({ properties: { networkProfile: classic, agentPoolProfiles: [autoscaled("apps", 1000)] } }),
  ],
  invalid: [
    {
      facts: facts({
        properties: {
          networkProfile: { ...overlay, podCidr: "10.244.0.0/20" },
          agentPoolProfiles: [autoscaled("apps", 20)],
        },
      }),
      message: "Pod CIDR 10.244.0.0/20 has 16 /24 block(s) but the pools can reach 22 nodes",
      path: "properties.networkProfile.podCidr",
    },
    {
      facts: facts({
        properties: {
          networkProfile: { networkPlugin: "kubenet" },
          agentPoolProfiles: [autoscaled("apps", 250)],
        },
      }),
      message: "Pod CIDR 10.244.0.0/16 (the default) has 256 /24 block(s) but the pools can reach 275 nodes",
      path: "properties.networkProfile.podCidr",
    },
  ],
});

testRule(serviceCidrOverlap, {
  valid: [
    facts({ properties: { networkProfile: overlay, agentPoolProfiles: [autoscaled("apps", 3)] } }, [
      vnet("10.240.0.0/22"),
    ]),
  ],
  invalid: [
    {
      facts: facts(
        {
          properties: {
            networkProfile: { ...overlay, serviceCidr: "10.240.0.0/16" },
            agentPoolProfiles: [autoscaled("apps", 3)],
          },
        },
        [vnet("10.240.0.0/22")],
      ),
      message:
        "Service CIDR 10.240.0.0/16 overlaps subnet vnet-spoke/snet-nodes 10.240.0.0/22, virtual network vnet-spoke 10.240.0.0/16",
      path: "properties.networkProfile.serviceCidr",
    },
    {
      facts: facts({ properties: { networkProfile: { ...overlay, podCidr: "10.0.0.0/14" } } }),
      message: "Service CIDR 10.0.0.0/16 overlaps pod CIDR 10.0.0.0/14",
      path: "properties.networkProfile.serviceCidr",
    },
  ],
});

testRule(dnsServiceIpInRange, {
  valid: [
    facts({ properties: { networkProfile: { serviceCidr: "10.0.0.0/16", dnsServiceIP: "10.0.0.10" } } }),
    facts({ properties: {} }),
  ],
  invalid: [
    {
      facts: facts({
        properties: { networkProfile: { serviceCidr: "10.0.0.0/16", dnsServiceIP: "10.1.0.10" } },
      }),
      message: "outside the service CIDR 10.0.0.0/16",
      path: "properties.networkProfile.dnsServiceIP",
    },
    {
      facts: facts({
        properties: { networkProfile: { serviceCidr: "10.0.0.0/16", dnsServiceIP: "10.0.0.1" } },
      }),
      message: "one of the first two addresses",
      path: "properties.networkProfile.dnsServiceIP",
    },
  ],
});

testRule(subnetNsg, {
  valid: [
    resources({
      type: "Microsoft.Network/virtualNetworks",
      name: "vnet-hub",
      properties: {
        subnets: [
          { name: "AzureFirewallSubnet", properties: { addressPrefix: "10.200.0.0/26" } },
          {
            name: "snet-mgmt",
            properties: { addressPrefix: "10.200.1.0/24", networkSecurityGroup: { id: "/x/nsg-mgmt" } },
          },
        ],
      },
    }),
  ],
  invalid: [
    {
      facts: resources(vnet("10.240.0.0/22")),
      message: 'Subnet "snet-nodes" has no network security group',
      path: "properties.subnets[0].properties.networkSecurityGroup",
    },
    {
      facts: resources({
        type: "Microsoft.Network/virtualNetworks/subnets",
        name: "vnet-spoke/snet-ingress",
        properties: { addressPrefix: "10.240.4.0/24" },
      }),
      message: 'Subnet "snet-ingress"',
      path: "properties.networkSecurityGroup",
    },
  ],
});

const rule = (name: string, properties: Record<string, unknown>) => ({
  name,
  properties: {
    direction: "Inbound",
    access: "Allow",
    protocol: "Tcp",
    priority: 100,
    destinationAddressPrefix: "*",
    sourcePortRange: "*",
    ...properties,
  },
});

testRule(noOpenManagementPorts, {
  valid: [
    resources({
      type: "Microsoft.Network/networkSecurityGroups",
      name: "nsg",
      properties: {
        securityRules: [
          rule("ssh-bastion", { sourceAddressPrefix: "10.200.2.0/26", destinationPortRange: "22" }),
        ],
      },
    }),
    resources({
      type: "Microsoft.Network/networkSecurityGroups",
      name: "nsg",
      properties: {
        securityRules: [rule("https", { sourceAddressPrefix: "Internet", destinationPortRange: "443" })],
      },
    }),
  ],
  invalid: [
    {
      facts: resources({
        type: "Microsoft.Network/networkSecurityGroups",
        name: "nsg",
        properties: {
          securityRules: [
            rule("https", { sourceAddressPrefix: "*", destinationPortRange: "443" }),
            rule("admin", { sourceAddressPrefix: "*", destinationPortRanges: ["20-23", "3389"] }),
          ],
        },
      }),
      message: 'Security rule "admin" allows SSH (22) and RDP (3389) from any address',
      path: "properties.securityRules[1].properties",
    },
    {
      facts: resources({
        type: "Microsoft.Network/networkSecurityGroups/securityRules",
        ...rule("ssh", { sourceAddressPrefix: "0.0.0.0/0", destinationPortRange: "22" }),
        name: "nsg/ssh",
      }),
      message: 'Security rule "ssh" allows SSH (22)',
      path: "properties",
    },
  ],
});

testRule(vnetFlowLogs, {
  valid: [
    resources(vnet("10.240.0.0/22"), {
      type: "Microsoft.Network/networkWatchers/flowLogs",
      name: "NetworkWatcher_westeurope/fl-spoke",
      properties: {
        targetResourceId:
          "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-spoke",
        enabled: true,
      },
    }),
  ],
  invalid: [
    {
      facts: resources(vnet("10.240.0.0/22")),
      message: 'Virtual network "vnet-spoke" has no flow log',
      path: "properties",
    },
  ],
});

const pip = (sku: Record<string, unknown> | undefined, zones?: string[]) => ({
  type: "Microsoft.Network/publicIPAddresses",
  name: "pip-afw",
  ...(sku ? { sku } : {}),
  ...(zones ? { zones } : {}),
  properties: { publicIPAllocationMethod: "Static" },
});

testRule(publicIpStandard, {
  valid: [resources(pip({ name: "Standard", tier: "Regional" }))],
  invalid: [
    {
      facts: resources(pip({ name: "Basic" })),
      message: 'Public IP "pip-afw" uses SKU "Basic"',
      path: "sku.name",
    },
    { facts: resources(pip(undefined)), message: "uses SKU not set", path: "sku.name" },
  ],
});

testRule(publicIpZones, {
  valid: [resources(pip({ name: "Standard" }, ["1", "2", "3"])), resources(pip({ name: "Basic" }))],
  invalid: [
    {
      facts: resources(pip({ name: "Standard" })),
      message: 'Public IP "pip-afw" is not zone-redundant',
      path: "zones",
    },
  ],
});
