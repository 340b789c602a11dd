/**
 * network.tf: the environment's resource group, spoke VNet and subnets with their NSGs, peering to the
 * shared hub (both directions), the egress path (route table to Azure Firewall or a NAT gateway) and the
 * Application Gateway WAF_v2 with its WAF policy.
 */
import { cidr, formatIp, nthAddress } from "../../net/cidr.js";
import type { ClusterModel, SubnetPlan } from "../../model/types.js";
import { attr, attrs, block, comment, dynamic, raw, type BodyItem, type Expr } from "./hcl.js";
import { countFor, ref, type Gate, type TfModule } from "./module.js";
import { RG, cidrValidation, enumValidation, isHubSpoke, location, placed, tags } from "./common.js";

/** Node subnets get the egress route table or NAT gateway. */
export const NODE_SUBNETS = ["systemNodes", "userNodes"];

interface NsgRule {
  name: string;
  priority: number;
  direction: "Inbound" | "Outbound";
  access: "Allow" | "Deny";
  protocol: "Tcp" | "Udp" | "*";
  source_address_prefix: string;
  destination_address_prefix: string;
  destination_port_ranges: string[];
}

/** NSG rules per subnet key (learn.microsoft.com/azure/application-gateway/configuration-infrastructure for WAF_v2). */
export function nsgRules(key: string): NsgRule[] {
  switch (key) {
    case "applicationGateway":
      return [
        {
          name: "AllowGatewayManager",
          priority: 100,
          direction: "Inbound",
          access: "Allow",
          protocol: "Tcp",
          source_address_prefix: "GatewayManager",
          destination_address_prefix: "*",
          destination_port_ranges: ["65200-65535"],
        },
        {
          name: "AllowHttpsInbound",
          priority: 110,
          direction: "Inbound",
          access: "Allow",
          protocol: "Tcp",
          source_address_prefix: "Internet",
          destination_address_prefix: "*",
          destination_port_ranges: ["443", "80"],
        },
        {
          name: "AllowAzureLoadBalancer",
          priority: 120,
          direction: "Inbound",
          access: "Allow",
          protocol: "*",
          source_address_prefix: "AzureLoadBalancer",
          destination_address_prefix: "*",
          destination_port_ranges: ["*"],
        },
      ];
    case "ingress":
      return [
        {
          name: "AllowHttpFromVirtualNetwork",
          priority: 100,
          direction: "Inbound",
          access: "Allow",
          protocol: "Tcp",
          source_address_prefix: "VirtualNetwork",
          destination_address_prefix: "*",
          destination_port_ranges: ["443", "80"],
        },
      ];
    case "privateEndpoints":
      return [
        {
          name: "AllowHttpsFromVirtualNetwork",
          priority: 100,
          direction: "Inbound",
          access: "Allow",
          protocol: "Tcp",
          source_address_prefix: "VirtualNetwork",
          destination_address_prefix: "*",
          destination_port_ranges: ["443"],
        },
      ];
    default:
      return [];
  }
}

function subnetValue(m: ClusterModel, s: SubnetPlan): Expr {
  return {
    name: s.name,
    address_prefix: s.cidr,
    nsg_name: m.names.nsg(s.key),
    delegation: s.key === "apiServer" ? "Microsoft.ContainerService/managedClusters" : null,
    // Azure takes "*" only as a single destinationPortRange, not inside destinationPortRanges.
    nsg_rules: nsgRules(s.key).map(({ destination_port_ranges: ports, ...r }) => ({
      ...r,
      destination_port_range: ports.includes("*") ? "*" : null,
      destination_port_ranges: ports.includes("*") ? null : ports,
    })),
  };
}

/** The private IP the ingress controller's internal load balancer takes: the first usable address of snet-ingress. */
export function ingressPrivateIp(m: ClusterModel): string {
  const s = m.network.spokeSubnets.find((x) => x.key === "ingress");
  return s ? formatIp(nthAddress(cidr(s.cidr), 4)) : "";
}

export const egressFirewall = (m: ClusterModel) => m.settings.network.egress === "firewall";
export const egressNat = (m: ClusterModel) => m.settings.network.egress === "nat-gateway";
export const wafEnabled = (m: ClusterModel) => m.settings.ingress.waf;

export interface NetworkGates {
  hub: Gate;
  firewall: Gate;
  nat: Gate;
  waf: Gate;
}

export function networkGates(mod: TfModule): NetworkGates {
  return {
    hub: mod.gate(
      "hub_peering_enabled",
      "Peer the spoke with the shared hub VNet (hub-spoke topology).",
      isHubSpoke,
    ),
    firewall: mod.gate(
      "egress_firewall_enabled",
      "Send 0.0.0.0/0 from the node subnets to the hub's Azure Firewall.",
      egressFirewall,
    ),
    nat: mod.gate(
      "egress_nat_gateway_enabled",
      "Egress through a NAT gateway on the node subnets.",
      egressNat,
    ),
    waf: mod.gate("waf_enabled", "Put an Application Gateway WAF_v2 in front of ingress.", wafEnabled),
  };
}

export function hubVariables(mod: TfModule) {
  return {
    rg: mod.variable({
      name: "hub_resource_group_name",
      type: "string",
      description: "Resource group of the shared hub (deployed by the hub/ root module).",
      value: (m) => m.names.hubResourceGroup,
    }),
    vnet: mod.variable({
      name: "hub_vnet_name",
      type: "string",
      description: "Name of the shared hub VNet.",
      value: (m) => m.names.hubVnet,
    }),
    firewall: mod.variable({
      name: "hub_firewall_name",
      type: "string",
      description: "Name of the hub's Azure Firewall (egress next hop).",
      value: (m) => m.names.firewall,
    }),
  };
}

export function buildNetwork(mod: TfModule, g: NetworkGates): BodyItem[] {
  const loc = location(mod);
  const tg = tags(mod);
  const out: BodyItem[] = [];
  const rgName = mod.variable({
    name: "resource_group_name",
    type: "string",
    description: "Resource group of the environment (spoke, cluster and services).",
    validation: [
      {
        condition: `can(regex("^[-\\\\w.()]{0,89}[-\\\\w()]$", var.resource_group_name))`,
        message:
          "resource_group_name must be 1-90 letters, digits, '-', '_', '.', '(' or ')', not ending in '.'.",
      },
    ],
    value: (m) => m.names.resourceGroup,
  });
  out.push(
    block("resource", ["azurerm_resource_group", "this"], [attrs({ name: rgName, location: loc, tags: tg })]),
  );

  const space = mod.variable({
    name: "spoke_address_space",
    type: "string",
    description: "Address space of the environment's spoke VNet.",
    validation: [cidrValidation("var.spoke_address_space", "spoke_address_space")],
    value: (m) => m.network.spokeAddressSpace,
  });
  out.push(
    block(
      "resource",
      ["azurerm_virtual_network", "spoke"],
      [
        attrs({
          ...placed(
            mod,
            mod.variable({
              name: "spoke_vnet_name",
              type: "string",
              description: "Name of the spoke VNet.",
              value: (m) => m.names.spokeVnet,
            }),
          ),
          address_space: [space],
          tags: tg,
        }),
      ],
    ),
  );

  mod.variable({
    name: "spoke_subnets",
    type: `map(object({
    name           = string
    address_prefix = string
    nsg_name       = string
    delegation     = optional(string)
    nsg_rules = list(object({
      name                       = string
      priority                   = number
      direction                  = string
      access                     = string
      protocol                   = string
      source_address_prefix      = string
      destination_address_prefix = string
      destination_port_range     = optional(string)
      destination_port_ranges    = optional(list(string))
    }))
  }))`,
    description:
      "Spoke subnets by key (systemNodes, userNodes, ingress, privateEndpoints, applicationGateway, apiServer), each with its NSG rules.",
    validation: [
      {
        condition: "alltrue([for s in values(var.spoke_subnets) : can(cidrhost(s.address_prefix, 0))])",
        message: "Every spoke subnet address_prefix must be an IPv4 CIDR.",
      },
      {
        condition: `alltrue([for k in ${JSON.stringify(NODE_SUBNETS).replace(/,/g, ", ")} : contains(keys(var.spoke_subnets), k)])`,
        message: "spoke_subnets must contain systemNodes and userNodes.",
      },
    ],
    value: (m) => Object.fromEntries(m.network.spokeSubnets.map((s) => [s.key, subnetValue(m, s)])),
  });
  out.push(
    block(
      "resource",
      ["azurerm_subnet", "spoke"],
      [
        attrs({
          for_each: raw("var.spoke_subnets"),
          name: raw("each.value.name"),
          resource_group_name: raw(`${RG}.name`),
          virtual_network_name: raw("azurerm_virtual_network.spoke.name"),
          address_prefixes: [raw("each.value.address_prefix")],
          // Egress is explicit (firewall, NAT gateway or the cluster's load balancer), never Azure's default outbound access.
          default_outbound_access_enabled: false,
          private_endpoint_network_policies: "Enabled",
        }),
        dynamic("delegation", "each.value.delegation == null ? [] : [each.value.delegation]", [
          attr("name", "delegation"),
          block(
            "service_delegation",
            [],
            [
              attrs({
                name: raw("delegation.value"),
                actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"],
              }),
            ],
          ),
        ]),
      ],
    ),
    block(
      "resource",
      ["azurerm_network_security_group", "spoke"],
      [
        attrs({
          for_each: raw("var.spoke_subnets"),
          name: raw("each.value.nsg_name"),
          location: loc,
          resource_group_name: raw(`${RG}.name`),
          tags: tg,
        }),
        dynamic("security_rule", "each.value.nsg_rules", [
          attrs({
            name: raw("security_rule.value.name"),
            priority: raw("security_rule.value.priority"),
            direction: raw("security_rule.value.direction"),
            access: raw("security_rule.value.access"),
            protocol: raw("security_rule.value.protocol"),
            source_port_range: "*",
            source_address_prefix: raw("security_rule.value.source_address_prefix"),
            destination_address_prefix: raw("security_rule.value.destination_address_prefix"),
            destination_port_range: raw("security_rule.value.destination_port_range"),
            destination_port_ranges: raw("security_rule.value.destination_port_ranges"),
          }),
        ]),
      ],
    ),
    block(
      "resource",
      ["azurerm_subnet_network_security_group_association", "spoke"],
      [
        attrs({
          for_each: raw("var.spoke_subnets"),
          subnet_id: raw("azurerm_subnet.spoke[each.key].id"),
          network_security_group_id: raw("azurerm_network_security_group.spoke[each.key].id"),
        }),
      ],
    ),
  );
  out.push(
    block(
      "locals",
      [],
      [
        attr(
          "node_subnet_ids",
          raw(
            `{ for k in ${JSON.stringify(NODE_SUBNETS).replace(/,/g, ", ")} : k => azurerm_subnet.spoke[k].id }`,
          ),
        ),
      ],
    ),
  );

  if (g.hub.presence !== "none" || g.firewall.presence !== "none") {
    const hub = hubVariables(mod);
    if (g.hub.presence !== "none") {
      const useRemote = mod.variable({
        name: "hub_gateway_transit_enabled",
        type: "bool",
        description: "The hub has a VPN gateway: the spoke uses it through the peering (gateway transit).",
        value: (m) => m.settings.network.hub.vpnGateway,
      });
      out.push(
        comment("The hub is deployed by the hub/ root module; the spoke finds it by name."),
        block(
          "data",
          ["azurerm_virtual_network", "hub"],
          [countFor(g.hub), attrs({ name: hub.vnet, resource_group_name: hub.rg })],
        ),
        block(
          "resource",
          ["azurerm_virtual_network_peering", "spoke_to_hub"],
          [
            countFor(g.hub),
            attrs({
              name: raw(`"peer-\${azurerm_virtual_network.spoke.name}-to-hub"`),
              resource_group_name: raw(`${RG}.name`),
              virtual_network_name: raw("azurerm_virtual_network.spoke.name"),
              remote_virtual_network_id: raw(ref(g.hub, "data.azurerm_virtual_network.hub", "id")),
              allow_virtual_network_access: true,
              allow_forwarded_traffic: true,
              use_remote_gateways: useRemote,
            }),
          ],
        ),
        block(
          "resource",
          ["azurerm_virtual_network_peering", "hub_to_spoke"],
          [
            countFor(g.hub),
            attrs({
              name: raw(`"peer-hub-to-\${azurerm_virtual_network.spoke.name}"`),
              resource_group_name: hub.rg,
              virtual_network_name: hub.vnet,
              remote_virtual_network_id: raw("azurerm_virtual_network.spoke.id"),
              allow_virtual_network_access: true,
              allow_forwarded_traffic: true,
              allow_gateway_transit: useRemote,
            }),
          ],
        ),
      );
    }
    if (g.firewall.presence !== "none") {
      out.push(
        block(
          "data",
          ["azurerm_firewall", "hub"],
          [countFor(g.firewall), attrs({ name: hub.firewall, resource_group_name: hub.rg })],
        ),
        block(
          "resource",
          ["azurerm_route_table", "egress"],
          [
            countFor(g.firewall),
            attrs({
              ...placed(
                mod,
                mod.variable({
                  name: "route_table_name",
                  type: "string",
                  description: "Route table sending the node subnets' default route to the firewall.",
                  value: (m) => m.names.routeTable,
                }),
              ),
              bgp_route_propagation_enabled: false,
              tags: tg,
            }),
            block(
              "route",
              [],
              [
                attrs({
                  name: "default-to-firewall",
                  address_prefix: "0.0.0.0/0",
                  next_hop_type: "VirtualAppliance",
                  next_hop_in_ip_address: raw(
                    g.firewall.presence === "some"
                      ? "data.azurerm_firewall.hub[0].ip_configuration[0].private_ip_address"
                      : "data.azurerm_firewall.hub.ip_configuration[0].private_ip_address",
                  ),
                }),
              ],
            ),
          ],
        ),
        block(
          "resource",
          ["azurerm_subnet_route_table_association", "egress"],
          [
            attrs({
              for_each: raw(
                g.firewall.presence === "some"
                  ? `var.${g.firewall.variable} ? local.node_subnet_ids : {}`
                  : "local.node_subnet_ids",
              ),
              subnet_id: raw("each.value"),
              route_table_id: raw(ref(g.firewall, "azurerm_route_table.egress", "id")),
            }),
          ],
        ),
      );
    }
  }

  if (g.nat.presence !== "none") {
    const zones = natZones(mod);
    out.push(
      block(
        "resource",
        ["azurerm_public_ip", "nat"],
        [
          countFor(g.nat),
          attrs({
            ...placed(
              mod,
              mod.variable({
                name: "nat_gateway_public_ip_name",
                type: "string",
                description: "Public IP of the NAT gateway.",
                value: (m) => m.names.natGatewayPublicIp,
              }),
            ),
            allocation_method: "Static",
            sku: "Standard",
            zones,
            tags: tg,
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_nat_gateway", "egress"],
        [
          countFor(g.nat),
          attrs({
            ...placed(
              mod,
              mod.variable({
                name: "nat_gateway_name",
                type: "string",
                description: "NAT gateway for the node subnets' egress.",
                value: (m) => m.names.natGateway,
              }),
            ),
            sku_name: "Standard",
            idle_timeout_in_minutes: 4,
            tags: tg,
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_nat_gateway_public_ip_association", "egress"],
        [
          countFor(g.nat),
          attrs({
            nat_gateway_id: raw(ref(g.nat, "azurerm_nat_gateway.egress", "id")),
            public_ip_address_id: raw(ref(g.nat, "azurerm_public_ip.nat", "id")),
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_subnet_nat_gateway_association", "egress"],
        [
          attrs({
            for_each: raw(
              g.nat.presence === "some"
                ? `var.${g.nat.variable} ? local.node_subnet_ids : {}`
                : "local.node_subnet_ids",
            ),
            subnet_id: raw("each.value"),
            nat_gateway_id: raw(ref(g.nat, "azurerm_nat_gateway.egress", "id")),
          }),
        ],
      ),
    );
  }

  if (g.waf.presence !== "none") out.push(...applicationGateway(mod, g.waf));
  return out;
}

function natZones(mod: TfModule) {
  return mod.variable({
    name: "zones",
    type: "list(string)",
    description: "Availability zones of the node pools and zonal resources (empty: no zone pinning).",
    validation: [
      {
        condition: `alltrue([for z in var.zones : contains(["1", "2", "3"], z)])`,
        message: 'zones may only hold "1", "2" and "3".',
      },
    ],
    value: (m) => m.settings.nodePoolDefaults.zones,
  });
}

export function zonesVariable(mod: TfModule) {
  return natZones(mod);
}

function applicationGateway(mod: TfModule, g: Gate): BodyItem[] {
  const tg = tags(mod);
  const wafMode = mod.variable({
    name: "waf_mode",
    type: "string",
    description: "WAF policy mode: Detection (dev) or Prevention (production).",
    validation: [enumValidation("waf_mode", ["Detection", "Prevention"])],
    value: (m) => m.settings.ingress.wafMode,
  });
  const ingressIp = mod.variable({
    name: "ingress_private_ip",
    type: "string",
    description:
      "Private IP of the ingress controller's internal load balancer (first usable address of snet-ingress), the Application Gateway's backend.",
    validation: [
      {
        condition: `can(cidrhost("\${var.ingress_private_ip}/32", 0))`,
        message: "ingress_private_ip must be an IPv4 address.",
      },
    ],
    value: ingressPrivateIp,
  });
  const name = mod.variable({
    name: "application_gateway_name",
    type: "string",
    description: "Application Gateway (WAF_v2) in front of ingress.",
    value: (m) => m.names.applicationGateway,
  });
  return [
    block(
      "resource",
      ["azurerm_public_ip", "application_gateway"],
      [
        countFor(g),
        attrs({
          ...placed(
            mod,
            mod.variable({
              name: "application_gateway_public_ip_name",
              type: "string",
              description: "Public IP of the Application Gateway.",
              value: (m) => m.names.applicationGatewayPublicIp,
            }),
          ),
          allocation_method: "Static",
          sku: "Standard",
          zones: zonesVariable(mod),
          tags: tg,
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_web_application_firewall_policy", "this"],
      [
        countFor(g),
        attrs(
          placed(
            mod,
            mod.variable({
              name: "waf_policy_name",
              type: "string",
              description: "WAF policy of the Application Gateway.",
              value: (m) => m.names.wafPolicy,
            }),
          ),
        ),
        attr("tags", tg),
        block(
          "policy_settings",
          [],
          [
            attrs({
              enabled: true,
              mode: wafMode,
              request_body_check: true,
              file_upload_limit_in_mb: 100,
              max_request_body_size_in_kb: 128,
            }),
          ],
        ),
        block(
          "managed_rules",
          [],
          [
            block("managed_rule_set", [], [attrs({ type: "OWASP", version: "3.2" })]),
            block("managed_rule_set", [], [attrs({ type: "Microsoft_BotManagerRuleSet", version: "1.0" })]),
          ],
        ),
      ],
    ),
    block(
      "resource",
      ["azurerm_application_gateway", "this"],
      [
        countFor(g),
        attrs({
          ...placed(mod, name),
          zones: zonesVariable(mod),
          firewall_policy_id: raw(ref(g, "azurerm_web_application_firewall_policy.this", "id")),
          force_firewall_policy_association: true,
          enable_http2: true,
          tags: tg,
        }),
        block("sku", [], [attrs({ name: "WAF_v2", tier: "WAF_v2" })]),
        block("autoscale_configuration", [], [attrs({ min_capacity: 1, max_capacity: 10 })]),
        block(
          "gateway_ip_configuration",
          [],
          [attrs({ name: "gateway", subnet_id: raw(`azurerm_subnet.spoke["applicationGateway"].id`) })],
        ),
        block(
          "frontend_ip_configuration",
          [],
          [
            attrs({
              name: "public",
              public_ip_address_id: raw(ref(g, "azurerm_public_ip.application_gateway", "id")),
            }),
          ],
        ),
        block("frontend_port", [], [attrs({ name: "http", port: 80 })]),
        block("backend_address_pool", [], [attrs({ name: "ingress", ip_addresses: [ingressIp] })]),
        block(
          "backend_http_settings",
          [],
          [
            attrs({
              name: "ingress-http",
              cookie_based_affinity: "Disabled",
              port: 80,
              protocol: "Http",
              request_timeout: 30,
            }),
          ],
        ),
        block(
          "http_listener",
          [],
          [
            attrs({
              name: "http",
              frontend_ip_configuration_name: "public",
              frontend_port_name: "http",
              protocol: "Http",
            }),
          ],
        ),
        block(
          "request_routing_rule",
          [],
          [
            attrs({
              name: "ingress",
              priority: 100,
              rule_type: "Basic",
              http_listener_name: "http",
              backend_address_pool_name: "ingress",
              backend_http_settings_name: "ingress-http",
            }),
          ],
        ),
      ],
    ),
  ];
}
