/**
 * hub/hub.tf: the hub shared by every environment, in its own root module and state: hub VNet and
 * subnets, Azure Firewall with its policy (one rule collection group per environment holding the AKS
 * required egress: the AzureKubernetesService FQDN tag, the documented FQDNs and ports of
 * learn.microsoft.com/azure/aks/outbound-rules-control-egress, Azure Monitor, Defender, Key Vault, the
 * registry and the GitOps host), Bastion, the VPN gateway and the hub VNet's flow logs.
 */
import type { ClusterModel } from "../../model/types.js";
import { attr, attrs, block, dynamic, raw, type BodyItem, type Expr, type Raw } from "./hcl.js";
import type { TfModule } from "./module.js";
import { cidrValidation, enumValidation, sortedRecord } from "./common.js";
import { buildFlowLogs, flowLogStorageName } from "./flow-logs.js";

const HUB_RG = "azurerm_resource_group.hub";

/** FQDNs every AKS cluster needs (outbound-rules-control-egress "Azure Global required FQDN / application rules"). */
export function aksRequiredFqdns(region: string): string[] {
  return [
    `*.hcp.${region}.azmk8s.io`,
    "mcr.microsoft.com",
    "*.data.mcr.microsoft.com",
    "mcr-0001.mcr-msedge.net",
    "management.azure.com",
    "login.microsoftonline.com",
    "packages.microsoft.com",
    "acs-mirror.azureedge.net",
    "packages.aks.azure.com",
  ];
}

/** Azure Monitor (Container Insights, managed Prometheus), Azure Policy and Defender endpoints of the same page. */
export function monitoringFqdns(m: ClusterModel): string[] {
  const o = m.settings.observability;
  const out: string[] = [];
  if (o.containerInsights || o.managedPrometheus)
    out.push(
      "dc.services.visualstudio.com",
      "*.ods.opinsights.azure.com",
      "*.oms.opinsights.azure.com",
      "*.monitoring.azure.com",
      "global.handler.control.monitor.azure.com",
      `${m.location}.handler.control.monitor.azure.com`,
      "*.ingest.monitor.azure.com",
    );
  if (o.managedPrometheus) out.push("*.metrics.ingest.monitor.azure.com");
  if (m.settings.policy.azurePolicy !== "none")
    out.push("data.policy.core.windows.net", "store.policy.core.windows.net");
  if (m.settings.security.defender) out.push("*.cloud.defender.microsoft.com");
  return [...new Set(out)].sort();
}

/** The platform's own endpoints: registry (and its data endpoints), Key Vault, Flux and the GitOps host (backup storage has a private endpoint). */
export function platformFqdns(m: ClusterModel): string[] {
  const out: string[] = [];
  const r = m.settings.registry;
  if (r.enabled)
    out.push(
      `${m.names.registry}.azurecr.io`,
      ...[m.location, ...r.geoReplicas].map((region) => `${m.names.registry}.${region}.data.azurecr.io`),
    );
  if (m.settings.keyVault.enabled) out.push("*.vault.azure.net");
  if (m.settings.gitops.enabled) {
    out.push(
      `${m.location}.dp.kubernetesconfiguration.azure.com`,
      "arcmktplaceprod.azurecr.io",
      "*.ingestion.msftcloudes.com",
      "*.microsoftmetrics.com",
    );
    const host = /^(?:https:\/\/|ssh:\/\/(?:[^@/]+@)?|git@)([^/:]+)/.exec(m.settings.gitops.repository)?.[1];
    if (host) out.push(host);
  }
  return [...new Set(out)].sort();
}

function spokeValue(m: ClusterModel): Expr {
  return {
    address_space: m.network.spokeAddressSpace,
    region: m.location,
    aks_fqdns: aksRequiredFqdns(m.location),
    monitoring_fqdns: monitoringFqdns(m),
    platform_fqdns: platformFqdns(m),
    // A public API server is reached through the tunnel (UDP 1194 / TCP 9000) and its public IP on 443.
    public_api_server: m.settings.apiServer.access === "public",
  };
}

function hubSubnets(m: ClusterModel): Expr {
  return Object.fromEntries((m.network.hub?.subnets ?? []).map((s) => [s.name, s.cidr]));
}

export function buildHub(mod: TfModule, environments: readonly ClusterModel[]): BodyItem[] {
  const h = mod.models[0]!.settings.network.hub;
  const v = (
    name: string,
    type: string,
    description: string,
    value: (m: ClusterModel) => Expr,
    validation?: { condition: string; message: string }[],
  ) => mod.variable({ name, type, description, value, ...(validation ? { validation } : {}) });
  const loc = v("location", "string", "Azure region of the hub.", (m) => m.location);
  const tg = v("tags", "map(string)", "Tags on every hub resource.", (m) => sortedRecord(m.tags));
  const placed = (name: Expr) => ({ name, location: loc, resource_group_name: raw(`${HUB_RG}.name`) });
  const zones = v(
    "zones",
    "list(string)",
    "Availability zones of the firewall, its public IP and the gateway's public IP (the environments' zones).",
    (m) => m.settings.nodePoolDefaults.zones,
  );
  v(
    "hub_address_space",
    "string",
    "Address space of the hub VNet.",
    (m) => m.network.hub?.addressSpace ?? m.settings.network.hub.addressSpace,
    [cidrValidation("var.hub_address_space", "hub_address_space")],
  );
  v(
    "hub_subnets",
    "map(string)",
    "Hub subnets by name (AzureFirewallSubnet, AzureBastionSubnet, GatewaySubnet) and their ranges.",
    hubSubnets,
    [
      {
        condition: "alltrue([for c in values(var.hub_subnets) : can(cidrhost(c, 0))])",
        message: "Every hub subnet range must be an IPv4 CIDR.",
      },
    ],
  );
  const out: BodyItem[] = [
    block(
      "resource",
      ["azurerm_resource_group", "hub"],
      [
        attrs({
          name: v(
            "hub_resource_group_name",
            "string",
            "Resource group of the hub.",
            (m) => m.names.hubResourceGroup,
          ),
          location: loc,
          tags: tg,
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_virtual_network", "hub"],
      [
        attrs({
          ...placed(v("hub_vnet_name", "string", "Hub VNet name.", (m) => m.names.hubVnet)),
          address_space: [raw("var.hub_address_space")],
          tags: tg,
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_subnet", "hub"],
      [
        attrs({
          for_each: raw("var.hub_subnets"),
          name: raw("each.key"),
          resource_group_name: raw(`${HUB_RG}.name`),
          virtual_network_name: raw("azurerm_virtual_network.hub.name"),
          address_prefixes: [raw("each.value")],
        }),
      ],
    ),
  ];
  if (h.firewall) {
    v(
      "spokes",
      `map(object({
    address_space     = string
    region            = string
    aks_fqdns         = list(string)
    monitoring_fqdns  = list(string)
    platform_fqdns    = list(string)
    public_api_server = bool
  }))`,
      "Environments whose egress the firewall allows, by name: spoke range, region and the FQDNs they need.",
      () =>
        Object.fromEntries(
          environments
            .filter((e) => e.settings.network.topology === "hub-spoke")
            .map((e) => [e.environment, spokeValue(e)]),
        ),
      [
        {
          condition: "alltrue([for s in values(var.spokes) : can(cidrhost(s.address_space, 0))])",
          message: "Every spoke address_space must be an IPv4 CIDR.",
        },
      ],
    );
    const https = [block("protocols", [], [attrs({ type: "Https", port: 443 })])];
    out.push(
      block(
        "resource",
        ["azurerm_public_ip", "firewall"],
        [
          attrs({
            ...placed(
              v(
                "firewall_public_ip_name",
                "string",
                "Public IP of the firewall.",
                (m) => m.names.firewallPublicIp,
              ),
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
        ["azurerm_firewall_policy", "hub"],
        [
          attrs({
            ...placed(
              v("firewall_policy_name", "string", "Firewall policy name.", (m) => m.names.firewallPolicy),
            ),
            sku: v(
              "firewall_sku",
              "string",
              "Azure Firewall SKU tier (Premium adds TLS inspection and IDPS).",
              (m) => m.settings.network.hub.firewallSku,
              [enumValidation("firewall_sku", ["Standard", "Premium"])],
            ),
            threat_intelligence_mode: "Deny",
            tags: tg,
          }),
          comment("DNS proxy lets network rules use FQDNs (ntp.ubuntu.com)."),
          block("dns", [], [attr("proxy_enabled", true)]),
          // Premium adds IDPS (learn.microsoft.com/azure/firewall/premium-features): block known-bad traffic.
          // A plain block (the hub has one SKU), so readers of the HCL, the audit among them, see the mode.
          ...(h.firewallSku === "Premium" ? [block("intrusion_detection", [], [attr("mode", "Deny")])] : []),
        ],
      ),
      block(
        "resource",
        ["azurerm_firewall_policy_rule_collection_group", "aks"],
        [
          attrs({
            for_each: raw("var.spokes"),
            name: raw(`"aks-\${each.key}"`),
            firewall_policy_id: raw("azurerm_firewall_policy.hub.id"),
            priority: raw(`200 + index(sort(keys(var.spokes)), each.key) * 10`),
          }),
          block(
            "application_rule_collection",
            [],
            [
              attrs({ name: "aks-required-fqdns", priority: 100, action: "Allow" }),
              block(
                "rule",
                [],
                [
                  attrs({
                    name: "aks-fqdn-tag",
                    source_addresses: [raw("each.value.address_space")],
                    destination_fqdn_tags: ["AzureKubernetesService"],
                  }),
                  block("protocols", [], [attrs({ type: "Http", port: 80 })]),
                  https,
                ],
              ),
              block(
                "rule",
                [],
                [
                  attrs({
                    name: "aks-required",
                    source_addresses: [raw("each.value.address_space")],
                    destination_fqdns: raw("each.value.aks_fqdns"),
                  }),
                  https,
                ],
              ),
              dynamic(
                "rule",
                `length(each.value.monitoring_fqdns) > 0 ? [each.value.monitoring_fqdns] : []`,
                [
                  attrs({
                    name: "azure-monitor-defender",
                    source_addresses: [raw("each.value.address_space")],
                    destination_fqdns: raw("rule.value"),
                  }),
                  https,
                ],
              ),
              dynamic("rule", `length(each.value.platform_fqdns) > 0 ? [each.value.platform_fqdns] : []`, [
                attrs({
                  name: "platform-services",
                  source_addresses: [raw("each.value.address_space")],
                  destination_fqdns: raw("rule.value"),
                }),
                https,
              ]),
            ],
          ),
          block(
            "network_rule_collection",
            [],
            [
              attrs({ name: "aks-required-network", priority: 200, action: "Allow" }),
              ...[
                ["apiserver-udp-1194", "UDP", "1194"],
                ["apiserver-tcp-9000", "TCP", "9000"],
                ["apiserver-tcp-443", "TCP", "443"],
              ].map(([name, protocol, port]) =>
                dynamic("rule", "each.value.public_api_server ? [1] : []", [
                  attrs({
                    name: name!,
                    protocols: [protocol!],
                    source_addresses: [raw("each.value.address_space")],
                    destination_addresses: [raw(`"AzureCloud.\${each.value.region}"`)],
                    destination_ports: [port!],
                  }),
                ]),
              ),
              block(
                "rule",
                [],
                [
                  attrs({
                    name: "azure-monitor",
                    protocols: ["TCP"],
                    source_addresses: [raw("each.value.address_space")],
                    destination_addresses: ["AzureMonitor"],
                    destination_ports: ["443"],
                  }),
                ],
              ),
              block(
                "rule",
                [],
                [
                  attrs({
                    name: "ntp",
                    protocols: ["UDP"],
                    source_addresses: [raw("each.value.address_space")],
                    destination_fqdns: ["ntp.ubuntu.com"],
                    destination_ports: ["123"],
                  }),
                ],
              ),
            ],
          ),
        ],
      ),
      block(
        "resource",
        ["azurerm_firewall", "hub"],
        [
          attrs({
            ...placed(v("firewall_name", "string", "Azure Firewall name.", (m) => m.names.firewall)),
            sku_name: "AZFW_VNet",
            sku_tier: raw("var.firewall_sku"),
            firewall_policy_id: raw("azurerm_firewall_policy.hub.id"),
            zones,
            tags: tg,
          }),
          block(
            "ip_configuration",
            [],
            [
              attrs({
                name: "ipconfig",
                subnet_id: raw(`azurerm_subnet.hub["AzureFirewallSubnet"].id`),
                public_ip_address_id: raw("azurerm_public_ip.firewall.id"),
              }),
            ],
          ),
        ],
      ),
    );
  }
  if (h.bastion)
    out.push(
      block(
        "resource",
        ["azurerm_public_ip", "bastion"],
        [
          attrs({
            ...placed(
              v("bastion_public_ip_name", "string", "Public IP of Bastion.", (m) => m.names.bastionPublicIp),
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
        ["azurerm_bastion_host", "hub"],
        [
          attrs({
            ...placed(v("bastion_name", "string", "Azure Bastion name.", (m) => m.names.bastion)),
            sku: "Standard",
            tunneling_enabled: true,
            tags: tg,
          }),
          block(
            "ip_configuration",
            [],
            [
              attrs({
                name: "ipconfig",
                subnet_id: raw(`azurerm_subnet.hub["AzureBastionSubnet"].id`),
                public_ip_address_id: raw("azurerm_public_ip.bastion.id"),
              }),
            ],
          ),
        ],
      ),
    );
  if (h.vpnGateway)
    out.push(
      block(
        "resource",
        ["azurerm_public_ip", "vpn_gateway"],
        [
          attrs({
            ...placed(
              v(
                "vpn_gateway_public_ip_name",
                "string",
                "Public IP of the VPN gateway.",
                (m) => m.names.vpnGatewayPublicIp,
              ),
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
        ["azurerm_virtual_network_gateway", "hub"],
        [
          attrs({
            ...placed(v("vpn_gateway_name", "string", "VPN gateway name.", (m) => m.names.vpnGateway)),
            type: "Vpn",
            vpn_type: "RouteBased",
            sku: v(
              "vpn_gateway_sku",
              "string",
              "VPN gateway SKU: the zone-redundant VpnGw1AZ where the hub uses zones, VpnGw1 otherwise.",
              (m) => (m.settings.nodePoolDefaults.zones.length > 0 ? "VpnGw1AZ" : "VpnGw1"),
            ),
            generation: "Generation1",
            active_active: false,
            tags: tg,
          }),
          block(
            "ip_configuration",
            [],
            [
              attrs({
                name: "ipconfig",
                subnet_id: raw(`azurerm_subnet.hub["GatewaySubnet"].id`),
                public_ip_address_id: raw("azurerm_public_ip.vpn_gateway.id"),
                private_ip_address_allocation: "Dynamic",
              }),
            ],
          ),
        ],
      ),
    );
  // The shared hub is logged when any environment attached to it asks for flow logs, kept as long as the
  // longest retention among them (as the ARM target does).
  const logged = environments.filter((m) => m.settings.observability.flowLogs);
  if (logged.length > 0)
    out.push(
      ...hubFlowLogs(mod, loc, tg, Math.max(...logged.map((m) => m.settings.observability.logRetentionDays))),
    );
  return out;
}

/** The hub VNet's flow logs, with a Log Analytics workspace of the hub's own for traffic analytics. */
function hubFlowLogs(mod: TfModule, loc: Raw, tg: Expr, retentionDays: number): BodyItem[] {
  return [
    block(
      "resource",
      ["azurerm_log_analytics_workspace", "hub"],
      [
        attrs({
          name: mod.variable({
            name: "log_analytics_name",
            type: "string",
            description: "Log Analytics workspace of the hub (traffic analytics of the hub's flow logs).",
            value: (m) => `log-${m.platform.name}-hub`,
          }),
          location: loc,
          resource_group_name: raw(`${HUB_RG}.name`),
          sku: "PerGB2018",
          retention_in_days: mod.variable({
            name: "log_retention_days",
            type: "number",
            description: "Log Analytics retention in days (30-730): the longest of the logged environments.",
            validation: [
              {
                condition: "var.log_retention_days >= 30 && var.log_retention_days <= 730",
                message: "log_retention_days must be 30-730.",
              },
            ],
            value: () => retentionDays,
          }),
          local_authentication_enabled: false,
          tags: tg,
        }),
      ],
    ),
    ...buildFlowLogs({
      mod,
      gate: { presence: "all" },
      scope: "hub",
      location: loc,
      resourceGroupName: raw(`${HUB_RG}.name`),
      vnet: "azurerm_virtual_network.hub",
      workspace: "azurerm_log_analytics_workspace.hub",
      storageName: (m) => flowLogStorageName(m.platform.name, "hubflog"),
      vnetName: (m) => m.names.hubVnet,
      logRetentionDays: () => retentionDays,
      tags: tg,
    }),
  ];
}

function comment(text: string): BodyItem {
  return { kind: "comment", text };
}
