/**
 * cluster.tf: the control plane and kubelet identities, their role assignments, the AKS cluster with every
 * setting of the model expressed through its azurerm 4.x attribute, and the node pools other than the
 * System pool that becomes `default_node_pool`.
 */
import type { ClusterModel, ResolvedNodePool } from "../../model/types.js";
import { attr, attrs, block, comment, raw, type BodyItem, type Expr } from "./hcl.js";
import { optionalBlock, ref, type Gate, type TfModule } from "./module.js";
import { CLIENT, cidrValidation, clusterName, enumValidation, placed, tags } from "./common.js";
import type { NetworkGates } from "./network.js";
import { buildNodePools } from "./node-pools.js";
import { diskEncryptionSetId, encryptionGate } from "./encryption.js";

export interface ClusterGates {
  keyVaultAddon: Gate;
  containerInsights: Gate;
  managedPrometheus: Gate;
  defender: Gate;
  appRouting: Gate;
  customerManagedKeys: Gate;
}

export function clusterGates(mod: TfModule): ClusterGates {
  return {
    keyVaultAddon: mod.gate(
      "key_vault_secrets_provider_enabled",
      "Key Vault secrets provider add-on (Secrets Store CSI driver).",
      (m) => m.settings.keyVault.enabled,
    ),
    containerInsights: mod.gate(
      "container_insights_enabled",
      "Container Insights (oms_agent with managed identity auth and its data collection rule).",
      (m) => m.settings.observability.containerInsights,
    ),
    managedPrometheus: mod.gate(
      "managed_prometheus_enabled",
      "Azure Monitor managed service for Prometheus (monitor_metrics, Azure Monitor workspace).",
      (m) => m.settings.observability.managedPrometheus,
    ),
    defender: mod.gate(
      "defender_enabled",
      "Microsoft Defender for Containers security profile.",
      (m) => m.settings.security.defender,
    ),
    appRouting: mod.gate(
      "app_routing_enabled",
      "Application routing add-on (managed NGINX ingress).",
      (m) => m.settings.ingress.controller === "app-routing",
    ),
    customerManagedKeys: encryptionGate(mod),
  };
}

/** The pool that becomes `default_node_pool`: the first System pool. */
export function systemPool(m: ClusterModel): ResolvedNodePool {
  const p = m.nodePools.find((x) => x.mode === "System");
  if (!p) throw new Error(`environment ${m.environment} has no System node pool`);
  return p;
}

/** Taints AKS adds itself or that azurerm expresses otherwise (only_critical_addons_enabled). */
const CRITICAL = "CriticalAddonsOnly=true:NoSchedule";

export function otherPools(m: ClusterModel): ResolvedNodePool[] {
  const sys = systemPool(m);
  return m.nodePools.filter((p) => p !== sys).sort((a, b) => a.name.localeCompare(b.name));
}

export function buildCluster(mod: TfModule, net: NetworkGates, g: ClusterGates): BodyItem[] {
  const tg = tags(mod);
  const name = clusterName(mod);
  const v = (
    name: string,
    type: string,
    description: string,
    value: (m: ClusterModel) => Expr,
    validation?: { condition: string; message: string }[],
  ) => mod.variable({ name, type, description, value, ...(validation ? { validation } : {}) });
  const sys = (f: (p: ResolvedNodePool, m: ClusterModel) => Expr) => (m: ClusterModel) => f(systemPool(m), m);

  const out: BodyItem[] = [
    block(
      "resource",
      ["azurerm_user_assigned_identity", "control_plane"],
      [
        attrs({
          ...placed(
            mod,
            v(
              "control_plane_identity_name",
              "string",
              "User-assigned identity of the AKS control plane.",
              (m) => m.names.controlPlaneIdentity,
            ),
          ),
          tags: tg,
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_user_assigned_identity", "kubelet"],
      [
        attrs({
          ...placed(
            mod,
            v(
              "kubelet_identity_name",
              "string",
              "User-assigned identity of the kubelets (pulls images).",
              (m) => m.names.kubeletIdentity,
            ),
          ),
          tags: tg,
        }),
      ],
    ),
    comment(
      "The control plane assigns the kubelet identity to the nodes and manages load balancers and routes in the spoke.",
    ),
    block(
      "resource",
      ["azurerm_role_assignment", "control_plane_kubelet_operator"],
      [
        attrs({
          scope: raw("azurerm_user_assigned_identity.kubelet.id"),
          role_definition_name: "Managed Identity Operator",
          principal_id: raw("azurerm_user_assigned_identity.control_plane.principal_id"),
          principal_type: "ServicePrincipal",
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_role_assignment", "control_plane_network"],
      [
        attrs({
          scope: raw("azurerm_virtual_network.spoke.id"),
          role_definition_name: "Network Contributor",
          principal_id: raw("azurerm_user_assigned_identity.control_plane.principal_id"),
          principal_type: "ServicePrincipal",
        }),
      ],
    ),
  ];
  if (net.firewall.presence !== "none")
    out.push(
      block(
        "resource",
        ["azurerm_role_assignment", "control_plane_route_table"],
        [
          ...(net.firewall.presence === "some"
            ? attr("count", raw(`var.${net.firewall.variable} ? 1 : 0`))
            : []),
          attrs({
            scope: raw(ref(net.firewall, "azurerm_route_table.egress", "id")),
            role_definition_name: "Network Contributor",
            principal_id: raw("azurerm_user_assigned_identity.control_plane.principal_id"),
            principal_type: "ServicePrincipal",
          }),
        ],
      ),
    );

  const dependsOn = [
    "azurerm_role_assignment.control_plane_kubelet_operator",
    "azurerm_role_assignment.control_plane_network",
    ...(net.firewall.presence !== "none"
      ? ["azurerm_role_assignment.control_plane_route_table", "azurerm_subnet_route_table_association.egress"]
      : []),
    ...(net.nat.presence !== "none" ? ["azurerm_subnet_nat_gateway_association.egress"] : []),
    ...(g.customerManagedKeys.presence !== "none"
      ? [
          "azurerm_role_assignment.control_plane_disk_encryption_set",
          "azurerm_role_assignment.disk_encryption_key_vault",
        ]
      : []),
  ];
  const des = diskEncryptionSetId(g.customerManagedKeys);

  const law = raw("azurerm_log_analytics_workspace.this.id");
  const kubernetesVersion = v(
    "kubernetes_version",
    "string",
    "Kubernetes version (minor, or minor.patch) of the control plane and the node pools.",
    (m) => m.settings.kubernetesVersion,
    [
      {
        condition: `can(regex("^1\\\\.[0-9]{2}(\\\\.[0-9]+)?$", var.kubernetes_version))`,
        message: "kubernetes_version must look like 1.33 or 1.33.2.",
      },
    ],
  );

  const cluster: (BodyItem | BodyItem[])[] = [
    attrs({
      ...placed(mod, name),
      dns_prefix: name,
      node_resource_group: v(
        "node_resource_group_name",
        "string",
        "Resource group AKS creates for the nodes.",
        (m) => m.names.nodeResourceGroup,
      ),
      kubernetes_version: kubernetesVersion,
      sku_tier: v(
        "sku_tier",
        "string",
        "AKS pricing tier; Standard and Premium carry the uptime SLA.",
        (m) => m.settings.tier,
        [enumValidation("sku_tier", ["Free", "Standard", "Premium"])],
      ),
      local_account_disabled: v(
        "local_account_disabled",
        "bool",
        "Disable local (certificate) accounts; Microsoft Entra ID only.",
        (m) => !m.settings.identity.localAccounts,
      ),
      support_plan: v(
        "support_plan",
        "string",
        "KubernetesOfficial, or AKSLongTermSupport (Premium tier) for long-term support.",
        (m) => (m.settings.tier === "Premium" ? "AKSLongTermSupport" : "KubernetesOfficial"),
        [enumValidation("support_plan", ["KubernetesOfficial", "AKSLongTermSupport"])],
      ),
      role_based_access_control_enabled: true,
      private_cluster_public_fqdn_enabled: false,
      private_cluster_enabled: v(
        "private_cluster_enabled",
        "bool",
        "Private cluster: the API server has no public endpoint.",
        (m) => m.settings.apiServer.access !== "public",
      ),
      // With Bastion in the hub operators reach a private API server through it, so run command (az aks
      // command invoke, which bypasses the network path) is turned off, as in the ARM template.
      run_command_enabled: v(
        "run_command_enabled",
        "bool",
        "Allow az aks command invoke (off for private clusters reached through the hub's Bastion).",
        (m) =>
          !(
            m.settings.apiServer.access !== "public" &&
            m.settings.network.topology === "hub-spoke" &&
            m.settings.network.hub.bastion
          ),
      ),
      private_dns_zone_id: mod.variable({
        name: "private_dns_zone_id",
        type: "string",
        nullable: true,
        description:
          "Private DNS zone of a private cluster: System, None, or a zone id; null for a public API server.",
        value: (m) =>
          m.settings.apiServer.access === "public"
            ? null
            : m.settings.apiServer.privateDnsZone === "system"
              ? "System"
              : "None",
      }),
      oidc_issuer_enabled: v(
        "oidc_issuer_enabled",
        "bool",
        "OIDC issuer (needed by Workload Identity).",
        (m) => m.settings.identity.workloadIdentity,
      ),
      workload_identity_enabled: v(
        "workload_identity_enabled",
        "bool",
        "Microsoft Entra Workload ID.",
        (m) => m.settings.identity.workloadIdentity,
      ),
      image_cleaner_enabled: v(
        "image_cleaner_enabled",
        "bool",
        "Image Cleaner removes unused vulnerable images from nodes.",
        (m) => m.settings.security.imageCleaner,
      ),
      image_cleaner_interval_hours: v(
        "image_cleaner_interval_hours",
        "number",
        "Image Cleaner scan interval in hours (24-2160).",
        (m) => m.settings.security.imageCleanerIntervalHours,
        [
          {
            condition: "var.image_cleaner_interval_hours >= 24 && var.image_cleaner_interval_hours <= 2160",
            message: "image_cleaner_interval_hours must be 24-2160.",
          },
        ],
      ),
      azure_policy_enabled: v(
        "azure_policy_enabled",
        "bool",
        "Azure Policy add-on.",
        (m) => m.settings.policy.azurePolicy !== "none",
      ),
      automatic_upgrade_channel: mod.variable({
        name: "automatic_upgrade_channel",
        type: "string",
        nullable: true,
        description: "Cluster auto-upgrade channel: patch, stable, rapid, node-image, or null for none.",
        validation: [
          enumValidation("automatic_upgrade_channel", ["patch", "stable", "rapid", "node-image"], true),
        ],
        value: (m) => (m.settings.upgrades.channel === "none" ? null : m.settings.upgrades.channel),
      }),
      disk_encryption_set_id: des === undefined ? undefined : raw(des),
      node_os_upgrade_channel: v(
        "node_os_upgrade_channel",
        "string",
        "Node OS upgrade channel.",
        (m) => m.settings.upgrades.nodeOsChannel,
        [enumValidation("node_os_upgrade_channel", ["None", "Unmanaged", "NodeImage", "SecurityPatch"])],
      ),
      tags: tg,
    }),
    block(
      "default_node_pool",
      [],
      [
        attrs({
          name: v(
            "system_node_pool_name",
            "string",
            "Name of the System node pool (default_node_pool).",
            sys((p) => p.name),
            [
              {
                condition: `can(regex("^[a-z][a-z0-9]{0,11}$", var.system_node_pool_name))`,
                message:
                  "system_node_pool_name must be 1-12 lowercase letters and digits, starting with a letter.",
              },
            ],
          ),
          temporary_name_for_rotation: v(
            "system_node_pool_temporary_name",
            "string",
            "Temporary pool name used when a default_node_pool change needs a rotation.",
            sys((p) => `${p.name.slice(0, 9)}tmp`),
          ),
          vm_size: v(
            "system_node_pool_vm_size",
            "string",
            "VM size of the System pool.",
            sys((p) => p.vmSize),
          ),
          type: "VirtualMachineScaleSets",
          auto_scaling_enabled: true,
          node_count: raw("var.system_node_pool_min_count"),
          min_count: v(
            "system_node_pool_min_count",
            "number",
            "Autoscaler minimum of the System pool.",
            sys((p) => p.min),
          ),
          max_count: v(
            "system_node_pool_max_count",
            "number",
            "Autoscaler maximum of the System pool.",
            sys((p) => p.max),
          ),
          zones: v(
            "system_node_pool_zones",
            "list(string)",
            "Availability zones of the System pool.",
            sys((p) => p.zones),
          ),
          os_sku: v(
            "system_node_pool_os_sku",
            "string",
            "OS of the System pool.",
            sys((p) => p.osSku),
            [enumValidation("system_node_pool_os_sku", ["AzureLinux", "Ubuntu"])],
          ),
          max_pods: v(
            "system_node_pool_max_pods",
            "number",
            "Max pods per node of the System pool.",
            sys((p) => p.maxPods),
          ),
          os_disk_type: v(
            "system_node_pool_os_disk_type",
            "string",
            "OS disk type of the System pool.",
            sys((p) => p.osDiskType),
            [enumValidation("system_node_pool_os_disk_type", ["Ephemeral", "Managed"])],
          ),
          os_disk_size_gb: v(
            "system_node_pool_os_disk_size_gb",
            "number",
            "OS disk size (GiB) of the System pool.",
            sys((p) => p.osDiskSizeGb),
          ),
          only_critical_addons_enabled: v(
            "system_node_pool_critical_addons_only",
            "bool",
            "Taint the System pool CriticalAddonsOnly=true:NoSchedule so only critical add-ons run there.",
            sys((p) => p.taints.includes(CRITICAL)),
          ),
          node_labels: v(
            "system_node_pool_labels",
            "map(string)",
            "Node labels of the System pool.",
            sys((p) => Object.fromEntries(Object.entries(p.labels).sort(([a], [b]) => a.localeCompare(b)))),
          ),
          host_encryption_enabled: v(
            "host_encryption_enabled",
            "bool",
            "Encryption at host for node disks.",
            (m) => m.settings.security.hostEncryption,
          ),
          fips_enabled: v(
            "fips_enabled",
            "bool",
            "FIPS 140-2 enabled node images.",
            (m) => m.settings.security.fips,
          ),
          orchestrator_version: kubernetesVersion,
          vnet_subnet_id: raw(`azurerm_subnet.spoke["systemNodes"].id`),
          tags: tg,
        }),
        block(
          "upgrade_settings",
          [],
          [
            attr(
              "max_surge",
              v(
                "system_node_pool_max_surge",
                "string",
                "Max surge of the System pool during upgrades.",
                sys((p) => p.maxSurge),
              ),
            ),
          ],
        ),
      ],
    ),
    block(
      "identity",
      [],
      [
        attrs({
          type: "UserAssigned",
          identity_ids: [raw("azurerm_user_assigned_identity.control_plane.id")],
        }),
      ],
    ),
    block(
      "kubelet_identity",
      [],
      [
        attrs({
          client_id: raw("azurerm_user_assigned_identity.kubelet.client_id"),
          object_id: raw("azurerm_user_assigned_identity.kubelet.principal_id"),
          user_assigned_identity_id: raw("azurerm_user_assigned_identity.kubelet.id"),
        }),
      ],
    ),
    block(
      "azure_active_directory_role_based_access_control",
      [],
      [
        attrs({
          tenant_id: raw(`${CLIENT}.tenant_id`),
          admin_group_object_ids: v(
            "admin_group_object_ids",
            "list(string)",
            "Microsoft Entra groups granted cluster admin.",
            (m) => m.settings.identity.adminGroupObjectIds,
            [
              {
                condition: `alltrue([for id in var.admin_group_object_ids : can(regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", id))])`,
                message: "admin_group_object_ids must be Microsoft Entra object ids (GUIDs).",
              },
            ],
          ),
          azure_rbac_enabled: v(
            "azure_rbac_enabled",
            "bool",
            "Azure RBAC for Kubernetes authorization.",
            (m) => m.settings.identity.azureRbac,
          ),
        }),
      ],
    ),
    block(
      "api_server_access_profile",
      [],
      [
        attrs({
          authorized_ip_ranges: v(
            "api_server_authorized_ip_ranges",
            "list(string)",
            "Ranges allowed to reach a public API server (empty for a private one).",
            (m) => (m.settings.apiServer.access === "public" ? m.settings.apiServer.authorizedIpRanges : []),
            [
              {
                condition: "alltrue([for r in var.api_server_authorized_ip_ranges : can(cidrhost(r, 0))])",
                message: "api_server_authorized_ip_ranges must be IPv4 CIDRs.",
              },
            ],
          ),
          virtual_network_integration_enabled: v(
            "api_server_vnet_integration_enabled",
            "bool",
            "API server VNet integration (API server in the delegated snet-apiserver).",
            (m) => m.settings.apiServer.access === "vnet-integration",
          ),
          subnet_id: raw(`try(azurerm_subnet.spoke["apiServer"].id, null)`),
        }),
      ],
    ),
    block(
      "network_profile",
      [],
      [
        attrs({
          network_plugin: v(
            "network_plugin",
            "string",
            "CNI plugin: azure (with overlay mode for CNI Overlay) or kubenet.",
            (m) => (m.settings.network.plugin === "kubenet" ? "kubenet" : "azure"),
            [enumValidation("network_plugin", ["azure", "kubenet"])],
          ),
          network_plugin_mode: mod.variable({
            name: "network_plugin_mode",
            type: "string",
            nullable: true,
            description: "overlay for Azure CNI Overlay; null for classic Azure CNI and kubenet.",
            value: (m) => (m.settings.network.plugin === "azure-overlay" ? "overlay" : null),
          }),
          network_data_plane: v(
            "network_data_plane",
            "string",
            "Network data plane: cilium or azure.",
            (m) => m.settings.network.dataPlane,
            [enumValidation("network_data_plane", ["cilium", "azure"])],
          ),
          network_policy: mod.variable({
            name: "network_policy",
            type: "string",
            nullable: true,
            description: "Network policy engine (cilium, azure, calico) or null for none.",
            validation: [enumValidation("network_policy", ["cilium", "azure", "calico"], true)],
            value: (m) =>
              m.settings.network.networkPolicy === "none" ? null : m.settings.network.networkPolicy,
          }),
          pod_cidr: mod.variable({
            name: "pod_cidr",
            type: "string",
            nullable: true,
            description: "Pod address range (CNI Overlay and kubenet); null for classic Azure CNI.",
            validation: [
              {
                condition: "var.pod_cidr == null || can(cidrhost(var.pod_cidr, 0))",
                message: "pod_cidr must be an IPv4 CIDR or null.",
              },
            ],
            value: (m) => (m.settings.network.plugin === "azure" ? null : m.settings.network.podCidr),
          }),
          service_cidr: v(
            "service_cidr",
            "string",
            "Kubernetes service address range.",
            (m) => m.settings.network.serviceCidr,
            [cidrValidation("var.service_cidr", "service_cidr")],
          ),
          dns_service_ip: v(
            "dns_service_ip",
            "string",
            "Cluster DNS service IP (inside service_cidr).",
            (m) => m.settings.network.dnsServiceIp,
            [
              {
                condition: `can(cidrhost("\${var.dns_service_ip}/32", 0))`,
                message: "dns_service_ip must be an IPv4 address.",
              },
            ],
          ),
          outbound_type: v(
            "outbound_type",
            "string",
            "Egress: userDefinedRouting (firewall), userAssignedNATGateway or loadBalancer.",
            (m) =>
              ({
                firewall: "userDefinedRouting",
                "nat-gateway": "userAssignedNATGateway",
                "load-balancer": "loadBalancer",
              })[m.settings.network.egress],
            [
              enumValidation("outbound_type", [
                "userDefinedRouting",
                "userAssignedNATGateway",
                "loadBalancer",
              ]),
            ],
          ),
          load_balancer_sku: "standard",
        }),
      ],
    ),
    optionalBlock(g.keyVaultAddon, "key_vault_secrets_provider", [
      attrs({
        secret_rotation_enabled: v(
          "key_vault_secret_rotation_enabled",
          "bool",
          "Rotate mounted secrets when Key Vault has new versions.",
          (m) => m.settings.keyVault.secretRotation,
        ),
        secret_rotation_interval: v(
          "key_vault_secret_rotation_interval",
          "string",
          "How often the CSI driver polls Key Vault.",
          (m) => m.settings.keyVault.rotationInterval,
        ),
      }),
    ]),
    optionalBlock(g.containerInsights, "oms_agent", [
      attrs({ log_analytics_workspace_id: law, msi_auth_for_monitoring_enabled: true }),
    ]),
    optionalBlock(g.managedPrometheus, "monitor_metrics", []),
    optionalBlock(g.defender, "microsoft_defender", [attr("log_analytics_workspace_id", law)]),
    optionalBlock(g.appRouting, "web_app_routing", [attr("dns_zone_ids", [])]),
    maintenance(
      mod,
      "maintenance_window_auto_upgrade",
      "auto_upgrade",
      (m) => m.settings.upgrades.maintenanceWindow,
    ),
    maintenance(
      mod,
      "maintenance_window_node_os",
      "node_os",
      (m) => m.settings.upgrades.nodeOsMaintenanceWindow,
    ),
    block(
      "auto_scaler_profile",
      [],
      [
        attrs({
          balance_similar_node_groups: v(
            "autoscaler_balance_similar_node_groups",
            "bool",
            "Balance node counts across similar pools (zones).",
            (m) => m.settings.autoscaler.balanceSimilarNodeGroups,
          ),
          expander: v(
            "autoscaler_expander",
            "string",
            "Cluster autoscaler expander.",
            (m) => m.settings.autoscaler.expander,
            [enumValidation("autoscaler_expander", ["random", "least-waste", "most-pods", "priority"])],
          ),
          scan_interval: v(
            "autoscaler_scan_interval",
            "string",
            "How often the autoscaler re-evaluates.",
            (m) => m.settings.autoscaler.scanInterval,
          ),
          scale_down_unneeded: v(
            "autoscaler_scale_down_unneeded",
            "string",
            "How long a node must be unneeded before scale-down.",
            (m) => m.settings.autoscaler.scaleDownUnneededTime,
          ),
          scale_down_delay_after_add: v(
            "autoscaler_scale_down_delay_after_add",
            "string",
            "Delay after scale-up before scale-down is considered.",
            (m) => m.settings.autoscaler.scaleDownDelayAfterAdd,
          ),
        }),
      ],
    ),
    block("lifecycle", [], [attr("ignore_changes", [raw("default_node_pool[0].node_count")])]),
    attr(
      "depends_on",
      dependsOn.map((d) => raw(d)),
    ),
  ];
  out.push(block("resource", ["azurerm_kubernetes_cluster", "this"], cluster));

  out.push(...buildNodePools(mod, otherPools, kubernetesVersion));
  return out;
}

function maintenance(
  mod: TfModule,
  blockName: string,
  prefix: string,
  pick: (m: ClusterModel) => ClusterModel["settings"]["upgrades"]["maintenanceWindow"],
): BodyItem {
  const v = (field: string, type: string, description: string, value: (m: ClusterModel) => Expr) =>
    mod.variable({ name: `maintenance_${prefix}_${field}`, type, description, value });
  const what = prefix === "auto_upgrade" ? "cluster auto-upgrades" : "node OS upgrades";
  return block(
    blockName,
    [],
    [
      attrs({
        frequency: "Weekly",
        interval: 1,
        day_of_week: v("day", "string", `Day of the weekly window for ${what}.`, (m) => pick(m).day),
        start_time: v(
          "start_time",
          "string",
          `Start time (HH:MM) of the window for ${what}.`,
          (m) => pick(m).start,
        ),
        duration: v(
          "duration",
          "number",
          `Length in hours (at least 4) of the window for ${what}.`,
          (m) => pick(m).hours,
        ),
        utc_offset: v(
          "utc_offset",
          "string",
          `UTC offset of the window for ${what}.`,
          (m) => pick(m).utcOffset,
        ),
      }),
    ],
  );
}
