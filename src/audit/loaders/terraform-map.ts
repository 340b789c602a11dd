/**
 * The Terraform (azurerm 4.x) → ARM mapping as data. Each row maps one attribute path in an azurerm
 * resource (nested blocks separated by dots; the first block of that type) to the ARM property path the
 * rules read. Rows are checked against the provider schema shipped in @cdktf/provider-azurerm (a test
 * walks every `tf` path through its `.jsii` types), and docs/audit.md lists them.
 */

/** How a Terraform value becomes the ARM value. */
export type Transform =
  /** ARM addon config and autoscaler profile values are strings: `true` → `"true"`. */
  | "string"
  /** `run_command_enabled = true` → `disableRunCommand: false`. */
  | "not"
  /** `true` → `"Enabled"`, `false` → `"Disabled"` (publicNetworkAccess, zoneRedundancy). */
  | "enabledDisabled"
  /** `identity_ids = [a, b]` → `userAssignedIdentities: { a: {}, b: {} }`. */
  | "idMap"
  /** `only_critical_addons_enabled = true` → `nodeTaints: ["CriticalAddonsOnly=true:NoSchedule"]`. */
  | "criticalAddonsTaint"
  /** `[id]` → `[{ id }]` (publicIPs, subnets by reference). */
  | "idObjects"
  /** `["AzureKeyVault"]` → `[{ service: "AzureKeyVault" }]`. */
  | "serviceObjects"
  /** `"standard"` → `"Standard"` (sku names Terraform spells in lower case). */
  | "capitalize";

export type Row =
  | { tf: string; arm: string; transform?: Transform }
  /** When the block `present` exists, set `arm` to `value` (e.g. an addon block means the addon is enabled). */
  | { present: string; arm: string; value: unknown }
  /** Repeated blocks `each` become an array at `arm`; `rows` are relative to one block and one array item. */
  | { each: string; arm: string; rows: Row[] };

export interface ResourceMapping {
  armType: string;
  rows: Row[];
}

/** Agent pool properties; relative to `properties` of an agent pool (ARM agentPoolProfile shape). */
export const POOL_ROWS: Row[] = [
  { tf: "name", arm: "name" },
  { tf: "mode", arm: "mode" },
  { tf: "vm_size", arm: "vmSize" },
  { tf: "node_count", arm: "count" },
  { tf: "min_count", arm: "minCount" },
  { tf: "max_count", arm: "maxCount" },
  { tf: "auto_scaling_enabled", arm: "enableAutoScaling" },
  { tf: "zones", arm: "availabilityZones" },
  { tf: "max_pods", arm: "maxPods" },
  { tf: "os_disk_type", arm: "osDiskType" },
  { tf: "os_disk_size_gb", arm: "osDiskSizeGB" },
  { tf: "os_sku", arm: "osSKU" },
  { tf: "os_type", arm: "osType" },
  { tf: "node_taints", arm: "nodeTaints" },
  { tf: "only_critical_addons_enabled", arm: "nodeTaints", transform: "criticalAddonsTaint" },
  { tf: "node_labels", arm: "nodeLabels" },
  { tf: "orchestrator_version", arm: "orchestratorVersion" },
  { tf: "vnet_subnet_id", arm: "vnetSubnetID" },
  { tf: "pod_subnet_id", arm: "podSubnetID" },
  { tf: "host_encryption_enabled", arm: "enableEncryptionAtHost" },
  { tf: "fips_enabled", arm: "enableFIPS" },
  { tf: "node_public_ip_enabled", arm: "enableNodePublicIP" },
  { tf: "node_public_ip_prefix_id", arm: "nodePublicIPPrefixID" },
  { tf: "ultra_ssd_enabled", arm: "enableUltraSSD" },
  { tf: "kubelet_disk_type", arm: "kubeletDiskType" },
  { tf: "priority", arm: "scaleSetPriority" },
  { tf: "eviction_policy", arm: "scaleSetEvictionPolicy" },
  { tf: "spot_max_price", arm: "spotMaxPrice" },
  { tf: "scale_down_mode", arm: "scaleDownMode" },
  { tf: "workload_runtime", arm: "workloadRuntime" },
  { tf: "type", arm: "type" },
  { tf: "gpu_instance", arm: "gpuInstanceProfile" },
  { tf: "proximity_placement_group_id", arm: "proximityPlacementGroupID" },
  { tf: "capacity_reservation_group_id", arm: "capacityReservationGroupID" },
  { tf: "host_group_id", arm: "hostGroupID" },
  { tf: "snapshot_id", arm: "creationData.sourceResourceId" },
  { tf: "tags", arm: "tags" },
  { tf: "upgrade_settings.max_surge", arm: "upgradeSettings.maxSurge" },
  { tf: "upgrade_settings.max_unavailable", arm: "upgradeSettings.maxUnavailable" },
  { tf: "upgrade_settings.drain_timeout_in_minutes", arm: "upgradeSettings.drainTimeoutInMinutes" },
  { tf: "upgrade_settings.node_soak_duration_in_minutes", arm: "upgradeSettings.nodeSoakDurationInMinutes" },
  { tf: "upgrade_settings.undrainable_node_behavior", arm: "upgradeSettings.undrainableNodeBehavior" },
  { tf: "kubelet_config.cpu_manager_policy", arm: "kubeletConfig.cpuManagerPolicy" },
  { tf: "kubelet_config.cpu_cfs_quota_enabled", arm: "kubeletConfig.cpuCfsQuota" },
  { tf: "kubelet_config.cpu_cfs_quota_period", arm: "kubeletConfig.cpuCfsQuotaPeriod" },
  { tf: "kubelet_config.image_gc_high_threshold", arm: "kubeletConfig.imageGcHighThreshold" },
  { tf: "kubelet_config.image_gc_low_threshold", arm: "kubeletConfig.imageGcLowThreshold" },
  { tf: "kubelet_config.topology_manager_policy", arm: "kubeletConfig.topologyManagerPolicy" },
  { tf: "kubelet_config.allowed_unsafe_sysctls", arm: "kubeletConfig.allowedUnsafeSysctls" },
  { tf: "kubelet_config.container_log_max_size_mb", arm: "kubeletConfig.containerLogMaxSizeMB" },
  { tf: "kubelet_config.container_log_max_line", arm: "kubeletConfig.containerLogMaxFiles" },
  { tf: "kubelet_config.pod_max_pid", arm: "kubeletConfig.podMaxPids" },
  { tf: "linux_os_config.swap_file_size_mb", arm: "linuxOSConfig.swapFileSizeMB" },
  { tf: "linux_os_config.transparent_huge_page_enabled", arm: "linuxOSConfig.transparentHugePageEnabled" },
  { tf: "linux_os_config.transparent_huge_page_defrag", arm: "linuxOSConfig.transparentHugePageDefrag" },
];

const CLUSTER_ROWS: Row[] = [
  { tf: "name", arm: "name" },
  { tf: "location", arm: "location" },
  { tf: "tags", arm: "tags" },
  { tf: "sku_tier", arm: "sku.tier" },
  { tf: "kubernetes_version", arm: "properties.kubernetesVersion" },
  { tf: "dns_prefix", arm: "properties.dnsPrefix" },
  { tf: "dns_prefix_private_cluster", arm: "properties.fqdnSubdomain" },
  { tf: "node_resource_group", arm: "properties.nodeResourceGroup" },
  { tf: "support_plan", arm: "properties.supportPlan" },
  { tf: "disk_encryption_set_id", arm: "properties.diskEncryptionSetID" },
  { tf: "local_account_disabled", arm: "properties.disableLocalAccounts" },
  { tf: "role_based_access_control_enabled", arm: "properties.enableRBAC" },
  { tf: "identity.type", arm: "identity.type" },
  { tf: "identity.identity_ids", arm: "identity.userAssignedIdentities", transform: "idMap" },
  {
    tf: "kubelet_identity.user_assigned_identity_id",
    arm: "properties.identityProfile.kubeletidentity.resourceId",
  },
  { tf: "kubelet_identity.client_id", arm: "properties.identityProfile.kubeletidentity.clientId" },
  { tf: "kubelet_identity.object_id", arm: "properties.identityProfile.kubeletidentity.objectId" },
  { tf: "service_principal.client_id", arm: "properties.servicePrincipalProfile.clientId" },
  {
    present: "azure_active_directory_role_based_access_control",
    arm: "properties.aadProfile.managed",
    value: true,
  },
  {
    tf: "azure_active_directory_role_based_access_control.admin_group_object_ids",
    arm: "properties.aadProfile.adminGroupObjectIDs",
  },
  {
    tf: "azure_active_directory_role_based_access_control.azure_rbac_enabled",
    arm: "properties.aadProfile.enableAzureRBAC",
  },
  { tf: "azure_active_directory_role_based_access_control.tenant_id", arm: "properties.aadProfile.tenantID" },
  { tf: "private_cluster_enabled", arm: "properties.apiServerAccessProfile.enablePrivateCluster" },
  {
    tf: "private_cluster_public_fqdn_enabled",
    arm: "properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN",
  },
  { tf: "private_dns_zone_id", arm: "properties.apiServerAccessProfile.privateDNSZone" },
  { tf: "run_command_enabled", arm: "properties.apiServerAccessProfile.disableRunCommand", transform: "not" },
  {
    tf: "api_server_access_profile.authorized_ip_ranges",
    arm: "properties.apiServerAccessProfile.authorizedIPRanges",
  },
  {
    tf: "api_server_access_profile.virtual_network_integration_enabled",
    arm: "properties.apiServerAccessProfile.enableVnetIntegration",
  },
  { tf: "api_server_access_profile.subnet_id", arm: "properties.apiServerAccessProfile.subnetId" },
  { tf: "network_profile.network_plugin", arm: "properties.networkProfile.networkPlugin" },
  { tf: "network_profile.network_plugin_mode", arm: "properties.networkProfile.networkPluginMode" },
  { tf: "network_profile.network_policy", arm: "properties.networkProfile.networkPolicy" },
  { tf: "network_profile.network_data_plane", arm: "properties.networkProfile.networkDataplane" },
  { tf: "network_profile.network_mode", arm: "properties.networkProfile.networkMode" },
  { tf: "network_profile.pod_cidr", arm: "properties.networkProfile.podCidr" },
  { tf: "network_profile.pod_cidrs", arm: "properties.networkProfile.podCidrs" },
  { tf: "network_profile.service_cidr", arm: "properties.networkProfile.serviceCidr" },
  { tf: "network_profile.service_cidrs", arm: "properties.networkProfile.serviceCidrs" },
  { tf: "network_profile.dns_service_ip", arm: "properties.networkProfile.dnsServiceIP" },
  { tf: "network_profile.ip_versions", arm: "properties.networkProfile.ipFamilies" },
  { tf: "network_profile.outbound_type", arm: "properties.networkProfile.outboundType" },
  { tf: "network_profile.load_balancer_sku", arm: "properties.networkProfile.loadBalancerSku" },
  {
    present: "network_profile.advanced_networking",
    arm: "properties.networkProfile.advancedNetworking.enabled",
    value: true,
  },
  {
    tf: "network_profile.advanced_networking.observability_enabled",
    arm: "properties.networkProfile.advancedNetworking.observability.enabled",
  },
  {
    tf: "network_profile.advanced_networking.security_enabled",
    arm: "properties.networkProfile.advancedNetworking.security.enabled",
  },
  {
    tf: "network_profile.load_balancer_profile.managed_outbound_ip_count",
    arm: "properties.networkProfile.loadBalancerProfile.managedOutboundIPs.count",
  },
  {
    tf: "network_profile.load_balancer_profile.outbound_ip_address_ids",
    arm: "properties.networkProfile.loadBalancerProfile.outboundIPs.publicIPs",
    transform: "idObjects",
  },
  {
    tf: "network_profile.load_balancer_profile.idle_timeout_in_minutes",
    arm: "properties.networkProfile.loadBalancerProfile.idleTimeoutInMinutes",
  },
  {
    tf: "network_profile.load_balancer_profile.outbound_ports_allocated",
    arm: "properties.networkProfile.loadBalancerProfile.allocatedOutboundPorts",
  },
  {
    tf: "network_profile.nat_gateway_profile.idle_timeout_in_minutes",
    arm: "properties.networkProfile.natGatewayProfile.idleTimeoutInMinutes",
  },
  {
    tf: "network_profile.nat_gateway_profile.managed_outbound_ip_count",
    arm: "properties.networkProfile.natGatewayProfile.managedOutboundIPProfile.count",
  },
  { tf: "oidc_issuer_enabled", arm: "properties.oidcIssuerProfile.enabled" },
  { tf: "workload_identity_enabled", arm: "properties.securityProfile.workloadIdentity.enabled" },
  {
    present: "microsoft_defender",
    arm: "properties.securityProfile.defender.securityMonitoring.enabled",
    value: true,
  },
  {
    tf: "microsoft_defender.log_analytics_workspace_id",
    arm: "properties.securityProfile.defender.logAnalyticsWorkspaceResourceId",
  },
  { tf: "image_cleaner_enabled", arm: "properties.securityProfile.imageCleaner.enabled" },
  { tf: "image_cleaner_interval_hours", arm: "properties.securityProfile.imageCleaner.intervalHours" },
  {
    present: "key_management_service",
    arm: "properties.securityProfile.azureKeyVaultKms.enabled",
    value: true,
  },
  { tf: "key_management_service.key_vault_key_id", arm: "properties.securityProfile.azureKeyVaultKms.keyId" },
  {
    tf: "key_management_service.key_vault_network_access",
    arm: "properties.securityProfile.azureKeyVaultKms.keyVaultNetworkAccess",
  },
  {
    present: "key_vault_secrets_provider",
    arm: "properties.addonProfiles.azureKeyvaultSecretsProvider.enabled",
    value: true,
  },
  {
    tf: "key_vault_secrets_provider.secret_rotation_enabled",
    arm: "properties.addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation",
    transform: "string",
  },
  {
    tf: "key_vault_secrets_provider.secret_rotation_interval",
    arm: "properties.addonProfiles.azureKeyvaultSecretsProvider.config.rotationPollInterval",
  },
  { tf: "azure_policy_enabled", arm: "properties.addonProfiles.azurepolicy.enabled" },
  { present: "oms_agent", arm: "properties.addonProfiles.omsagent.enabled", value: true },
  {
    tf: "oms_agent.log_analytics_workspace_id",
    arm: "properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID",
  },
  {
    tf: "oms_agent.msi_auth_for_monitoring_enabled",
    arm: "properties.addonProfiles.omsagent.config.useAADAuth",
    transform: "string",
  },
  { tf: "http_application_routing_enabled", arm: "properties.addonProfiles.httpApplicationRouting.enabled" },
  { tf: "open_service_mesh_enabled", arm: "properties.addonProfiles.openServiceMesh.enabled" },
  {
    present: "ingress_application_gateway",
    arm: "properties.addonProfiles.ingressApplicationGateway.enabled",
    value: true,
  },
  {
    tf: "ingress_application_gateway.gateway_id",
    arm: "properties.addonProfiles.ingressApplicationGateway.config.applicationGatewayId",
  },
  {
    tf: "ingress_application_gateway.gateway_name",
    arm: "properties.addonProfiles.ingressApplicationGateway.config.applicationGatewayName",
  },
  {
    tf: "ingress_application_gateway.subnet_id",
    arm: "properties.addonProfiles.ingressApplicationGateway.config.subnetId",
  },
  {
    tf: "ingress_application_gateway.subnet_cidr",
    arm: "properties.addonProfiles.ingressApplicationGateway.config.subnetCIDR",
  },
  { present: "aci_connector_linux", arm: "properties.addonProfiles.aciConnectorLinux.enabled", value: true },
  {
    tf: "aci_connector_linux.subnet_name",
    arm: "properties.addonProfiles.aciConnectorLinux.config.SubnetName",
  },
  { present: "monitor_metrics", arm: "properties.azureMonitorProfile.metrics.enabled", value: true },
  {
    tf: "monitor_metrics.annotations_allowed",
    arm: "properties.azureMonitorProfile.metrics.kubeStateMetrics.metricAnnotationsAllowList",
  },
  {
    tf: "monitor_metrics.labels_allowed",
    arm: "properties.azureMonitorProfile.metrics.kubeStateMetrics.metricLabelsAllowlist",
  },
  { tf: "cost_analysis_enabled", arm: "properties.metricsProfile.costAnalysis.enabled" },
  { tf: "automatic_upgrade_channel", arm: "properties.autoUpgradeProfile.upgradeChannel" },
  { tf: "node_os_upgrade_channel", arm: "properties.autoUpgradeProfile.nodeOSUpgradeChannel" },
  {
    tf: "upgrade_override.force_upgrade_enabled",
    arm: "properties.upgradeSettings.overrideSettings.forceUpgrade",
  },
  { tf: "upgrade_override.effective_until", arm: "properties.upgradeSettings.overrideSettings.until" },
  { present: "web_app_routing", arm: "properties.ingressProfile.webAppRouting.enabled", value: true },
  { tf: "web_app_routing.dns_zone_ids", arm: "properties.ingressProfile.webAppRouting.dnsZoneResourceIds" },
  {
    tf: "web_app_routing.default_nginx_controller",
    arm: "properties.ingressProfile.webAppRouting.nginx.defaultIngressControllerType",
  },
  { tf: "storage_profile.blob_driver_enabled", arm: "properties.storageProfile.blobCSIDriver.enabled" },
  { tf: "storage_profile.disk_driver_enabled", arm: "properties.storageProfile.diskCSIDriver.enabled" },
  { tf: "storage_profile.file_driver_enabled", arm: "properties.storageProfile.fileCSIDriver.enabled" },
  {
    tf: "storage_profile.snapshot_controller_enabled",
    arm: "properties.storageProfile.snapshotController.enabled",
  },
  {
    tf: "workload_autoscaler_profile.keda_enabled",
    arm: "properties.workloadAutoScalerProfile.keda.enabled",
  },
  {
    tf: "workload_autoscaler_profile.vertical_pod_autoscaler_enabled",
    arm: "properties.workloadAutoScalerProfile.verticalPodAutoscaler.enabled",
  },
  { tf: "ai_toolchain_operator_enabled", arm: "properties.aiToolchainOperatorProfile.enabled" },
  { tf: "service_mesh_profile.mode", arm: "properties.serviceMeshProfile.mode" },
  { tf: "service_mesh_profile.revisions", arm: "properties.serviceMeshProfile.istio.revisions" },
  { tf: "http_proxy_config.http_proxy", arm: "properties.httpProxyConfig.httpProxy" },
  { tf: "http_proxy_config.https_proxy", arm: "properties.httpProxyConfig.httpsProxy" },
  { tf: "http_proxy_config.no_proxy", arm: "properties.httpProxyConfig.noProxy" },
  { tf: "linux_profile.admin_username", arm: "properties.linuxProfile.adminUsername" },
  { tf: "windows_profile.admin_username", arm: "properties.windowsProfile.adminUsername" },
  { tf: "windows_profile.license", arm: "properties.windowsProfile.licenseType" },
  ...autoscalerRows(),
];

/** `auto_scaler_profile.x_y` → `autoScalerProfile["x-y"]` (ARM spells these keys in kebab case, values as strings). */
function autoscalerRows(): Row[] {
  const pairs: [string, string][] = [
    ["balance_similar_node_groups", "balance-similar-node-groups"],
    ["daemonset_eviction_for_empty_nodes_enabled", "daemonset-eviction-for-empty-nodes"],
    ["daemonset_eviction_for_occupied_nodes_enabled", "daemonset-eviction-for-occupied-nodes"],
    ["ignore_daemonsets_utilization_enabled", "ignore-daemonsets-utilization"],
    ["expander", "expander"],
    ["empty_bulk_delete_max", "max-empty-bulk-delete"],
    ["max_graceful_termination_sec", "max-graceful-termination-sec"],
    ["max_node_provisioning_time", "max-node-provision-time"],
    ["max_unready_nodes", "ok-total-unready-count"],
    ["max_unready_percentage", "max-total-unready-percentage"],
    ["new_pod_scale_up_delay", "new-pod-scale-up-delay"],
    ["scale_down_delay_after_add", "scale-down-delay-after-add"],
    ["scale_down_delay_after_delete", "scale-down-delay-after-delete"],
    ["scale_down_delay_after_failure", "scale-down-delay-after-failure"],
    ["scale_down_unneeded", "scale-down-unneeded-time"],
    ["scale_down_unready", "scale-down-unready-time"],
    ["scale_down_utilization_threshold", "scale-down-utilization-threshold"],
    ["scan_interval", "scan-interval"],
    ["skip_nodes_with_local_storage", "skip-nodes-with-local-storage"],
    ["skip_nodes_with_system_pods", "skip-nodes-with-system-pods"],
  ];
  return pairs.map(([tf, arm]) => ({
    tf: `auto_scaler_profile.${tf}`,
    arm: `properties.autoScalerProfile.${arm}`,
    transform: "string",
  }));
}

/** Maintenance windows of `azurerm_kubernetes_cluster`, each a maintenanceConfigurations child resource. */
export const MAINTENANCE_BLOCKS: { block: string; name: string }[] = [
  { block: "maintenance_window_auto_upgrade", name: "aksManagedAutoUpgradeSchedule" },
  { block: "maintenance_window_node_os", name: "aksManagedNodeOSUpgradeSchedule" },
];

/** Rows for `maintenance_window_auto_upgrade` / `maintenance_window_node_os` (schedule is built in code). */
export const MAINTENANCE_ROWS: Row[] = [
  { tf: "duration", arm: "properties.maintenanceWindow.durationHours" },
  { tf: "utc_offset", arm: "properties.maintenanceWindow.utcOffset" },
  { tf: "start_date", arm: "properties.maintenanceWindow.startDate" },
  { tf: "start_time", arm: "properties.maintenanceWindow.startTime" },
  {
    each: "not_allowed",
    arm: "properties.maintenanceWindow.notAllowedDates",
    rows: [
      { tf: "start", arm: "start" },
      { tf: "end", arm: "end" },
    ],
  },
];

/** The legacy `maintenance_window` block → the `default` maintenance configuration. */
export const LEGACY_MAINTENANCE_ROWS: Row[] = [
  {
    each: "allowed",
    arm: "properties.timeInWeek",
    rows: [
      { tf: "day", arm: "day" },
      { tf: "hours", arm: "hourSlots" },
    ],
  },
  {
    each: "not_allowed",
    arm: "properties.notAllowedTime",
    rows: [
      { tf: "start", arm: "start" },
      { tf: "end", arm: "end" },
    ],
  },
];

export const CLUSTER_MAPPING: ResourceMapping = {
  armType: "Microsoft.ContainerService/managedClusters",
  rows: CLUSTER_ROWS,
};

/** Other azurerm resources, mapped to their ARM type and the properties rules read. */
export const RESOURCE_MAPPINGS: Record<string, ResourceMapping> = {
  azurerm_virtual_network: {
    armType: "Microsoft.Network/virtualNetworks",
    rows: [
      { tf: "address_space", arm: "properties.addressSpace.addressPrefixes" },
      { tf: "dns_servers", arm: "properties.dhcpOptions.dnsServers" },
      {
        each: "subnet",
        arm: "properties.subnets",
        rows: [
          { tf: "name", arm: "name" },
          { tf: "address_prefixes", arm: "properties.addressPrefixes" },
          { tf: "security_group", arm: "properties.networkSecurityGroup.id" },
        ],
      },
    ],
  },
  azurerm_subnet: {
    armType: "Microsoft.Network/virtualNetworks/subnets",
    rows: [
      { tf: "address_prefixes", arm: "properties.addressPrefixes" },
      { tf: "private_endpoint_network_policies", arm: "properties.privateEndpointNetworkPolicies" },
      { tf: "default_outbound_access_enabled", arm: "properties.defaultOutboundAccess" },
      { tf: "service_endpoints", arm: "properties.serviceEndpoints", transform: "serviceObjects" },
      {
        each: "delegation",
        arm: "properties.delegations",
        rows: [
          { tf: "name", arm: "name" },
          { tf: "service_delegation.name", arm: "properties.serviceName" },
        ],
      },
    ],
  },
  azurerm_network_security_group: {
    armType: "Microsoft.Network/networkSecurityGroups",
    rows: [
      {
        each: "security_rule",
        arm: "properties.securityRules",
        rows: [
          { tf: "name", arm: "name" },
          { tf: "priority", arm: "properties.priority" },
          { tf: "direction", arm: "properties.direction" },
          { tf: "access", arm: "properties.access" },
          { tf: "protocol", arm: "properties.protocol" },
          { tf: "source_port_range", arm: "properties.sourcePortRange" },
          { tf: "destination_port_range", arm: "properties.destinationPortRange" },
          { tf: "destination_port_ranges", arm: "properties.destinationPortRanges" },
          { tf: "source_address_prefix", arm: "properties.sourceAddressPrefix" },
          { tf: "source_address_prefixes", arm: "properties.sourceAddressPrefixes" },
          { tf: "destination_address_prefix", arm: "properties.destinationAddressPrefix" },
        ],
      },
    ],
  },
  azurerm_route_table: {
    armType: "Microsoft.Network/routeTables",
    rows: [
      { tf: "bgp_route_propagation_enabled", arm: "properties.disableBgpRoutePropagation", transform: "not" },
      {
        each: "route",
        arm: "properties.routes",
        rows: [
          { tf: "name", arm: "name" },
          { tf: "address_prefix", arm: "properties.addressPrefix" },
          { tf: "next_hop_type", arm: "properties.nextHopType" },
          { tf: "next_hop_in_ip_address", arm: "properties.nextHopIpAddress" },
        ],
      },
    ],
  },
  azurerm_nat_gateway: {
    armType: "Microsoft.Network/natGateways",
    rows: [
      { tf: "sku_name", arm: "sku.name" },
      { tf: "idle_timeout_in_minutes", arm: "properties.idleTimeoutInMinutes" },
      { tf: "zones", arm: "zones" },
    ],
  },
  azurerm_public_ip: {
    armType: "Microsoft.Network/publicIPAddresses",
    rows: [
      { tf: "sku", arm: "sku.name" },
      { tf: "sku_tier", arm: "sku.tier" },
      { tf: "allocation_method", arm: "properties.publicIPAllocationMethod" },
      { tf: "zones", arm: "zones" },
    ],
  },
  azurerm_firewall: {
    armType: "Microsoft.Network/azureFirewalls",
    rows: [
      { tf: "sku_name", arm: "properties.sku.name" },
      { tf: "sku_tier", arm: "properties.sku.tier" },
      { tf: "threat_intel_mode", arm: "properties.threatIntelMode" },
      { tf: "firewall_policy_id", arm: "properties.firewallPolicy.id" },
      { tf: "zones", arm: "zones" },
    ],
  },
  azurerm_firewall_policy: {
    armType: "Microsoft.Network/firewallPolicies",
    rows: [
      { tf: "sku", arm: "properties.sku.tier" },
      { tf: "threat_intelligence_mode", arm: "properties.threatIntelMode" },
      { tf: "dns.proxy_enabled", arm: "properties.dnsSettings.enableProxy" },
      { tf: "intrusion_detection.mode", arm: "properties.intrusionDetection.mode" },
    ],
  },
  azurerm_network_watcher_flow_log: {
    armType: "Microsoft.Network/networkWatchers/flowLogs",
    rows: [
      { tf: "location", arm: "location" },
      { tf: "target_resource_id", arm: "properties.targetResourceId" },
      { tf: "network_security_group_id", arm: "properties.targetResourceId" },
      { tf: "storage_account_id", arm: "properties.storageId" },
      { tf: "enabled", arm: "properties.enabled" },
      { tf: "version", arm: "properties.format.version" },
      { tf: "retention_policy.enabled", arm: "properties.retentionPolicy.enabled" },
      { tf: "retention_policy.days", arm: "properties.retentionPolicy.days" },
      {
        tf: "traffic_analytics.enabled",
        arm: "properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.enabled",
      },
      {
        tf: "traffic_analytics.workspace_resource_id",
        arm: "properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceResourceId",
      },
      {
        tf: "traffic_analytics.interval_in_minutes",
        arm: "properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.trafficAnalyticsInterval",
      },
    ],
  },
  azurerm_application_gateway: {
    armType: "Microsoft.Network/applicationGateways",
    rows: [
      { tf: "sku.name", arm: "properties.sku.name" },
      { tf: "sku.tier", arm: "properties.sku.tier" },
      { tf: "sku.capacity", arm: "properties.sku.capacity" },
      { tf: "firewall_policy_id", arm: "properties.firewallPolicy.id" },
      { tf: "waf_configuration.enabled", arm: "properties.webApplicationFirewallConfiguration.enabled" },
      {
        tf: "waf_configuration.firewall_mode",
        arm: "properties.webApplicationFirewallConfiguration.firewallMode",
      },
      { tf: "zones", arm: "zones" },
    ],
  },
  azurerm_bastion_host: {
    armType: "Microsoft.Network/bastionHosts",
    rows: [
      { tf: "sku", arm: "sku.name" },
      { tf: "zones", arm: "zones" },
    ],
  },
  azurerm_private_endpoint: {
    armType: "Microsoft.Network/privateEndpoints",
    rows: [
      { tf: "subnet_id", arm: "properties.subnet.id" },
      {
        each: "private_service_connection",
        arm: "properties.privateLinkServiceConnections",
        rows: [
          { tf: "name", arm: "name" },
          { tf: "private_connection_resource_id", arm: "properties.privateLinkServiceId" },
          { tf: "subresource_names", arm: "properties.groupIds" },
        ],
      },
    ],
  },
  azurerm_private_dns_zone: { armType: "Microsoft.Network/privateDnsZones", rows: [] },
  azurerm_key_vault: {
    armType: "Microsoft.KeyVault/vaults",
    rows: [
      { tf: "sku_name", arm: "properties.sku.name" },
      { tf: "tenant_id", arm: "properties.tenantId" },
      { tf: "purge_protection_enabled", arm: "properties.enablePurgeProtection" },
      { tf: "soft_delete_retention_days", arm: "properties.softDeleteRetentionInDays" },
      { tf: "enable_rbac_authorization", arm: "properties.enableRbacAuthorization" },
      { tf: "rbac_authorization_enabled", arm: "properties.enableRbacAuthorization" },
      {
        tf: "public_network_access_enabled",
        arm: "properties.publicNetworkAccess",
        transform: "enabledDisabled",
      },
      { tf: "enabled_for_deployment", arm: "properties.enabledForDeployment" },
      { tf: "enabled_for_disk_encryption", arm: "properties.enabledForDiskEncryption" },
      { tf: "enabled_for_template_deployment", arm: "properties.enabledForTemplateDeployment" },
      { tf: "network_acls.default_action", arm: "properties.networkAcls.defaultAction" },
      { tf: "network_acls.bypass", arm: "properties.networkAcls.bypass" },
    ],
  },
  azurerm_key_vault_key: {
    armType: "Microsoft.KeyVault/vaults/keys",
    rows: [
      { tf: "key_type", arm: "properties.kty" },
      { tf: "key_size", arm: "properties.keySize" },
      { tf: "key_opts", arm: "properties.keyOps" },
      { tf: "rotation_policy.expire_after", arm: "properties.rotationPolicy.attributes.expiryTime" },
    ],
  },
  azurerm_disk_encryption_set: {
    armType: "Microsoft.Compute/diskEncryptionSets",
    rows: [
      { tf: "location", arm: "location" },
      { tf: "identity.type", arm: "identity.type" },
      { tf: "encryption_type", arm: "properties.encryptionType" },
      { tf: "key_vault_key_id", arm: "properties.activeKey.keyUrl" },
      { tf: "auto_key_rotation_enabled", arm: "properties.rotationToLatestKeyVersionEnabled" },
    ],
  },
  azurerm_container_registry: {
    armType: "Microsoft.ContainerRegistry/registries",
    rows: [
      { tf: "sku", arm: "sku.name" },
      { tf: "admin_enabled", arm: "properties.adminUserEnabled" },
      { tf: "anonymous_pull_enabled", arm: "properties.anonymousPullEnabled" },
      { tf: "data_endpoint_enabled", arm: "properties.dataEndpointEnabled" },
      {
        tf: "public_network_access_enabled",
        arm: "properties.publicNetworkAccess",
        transform: "enabledDisabled",
      },
      { tf: "zone_redundancy_enabled", arm: "properties.zoneRedundancy", transform: "enabledDisabled" },
      { tf: "network_rule_set.default_action", arm: "properties.networkRuleSet.defaultAction" },
      { tf: "network_rule_bypass_option", arm: "properties.networkRuleBypassOptions" },
      { tf: "retention_policy_in_days", arm: "properties.policies.retentionPolicy.days" },
      {
        tf: "trust_policy_enabled",
        arm: "properties.policies.trustPolicy.status",
        transform: "enabledDisabled",
      },
      {
        tf: "quarantine_policy_enabled",
        arm: "properties.policies.quarantinePolicy.status",
        transform: "enabledDisabled",
      },
      {
        tf: "export_policy_enabled",
        arm: "properties.policies.exportPolicy.status",
        transform: "enabledDisabled",
      },
      { tf: "identity.type", arm: "identity.type" },
      {
        each: "georeplications",
        arm: "properties.replications",
        rows: [
          { tf: "location", arm: "location" },
          { tf: "zone_redundancy_enabled", arm: "properties.zoneRedundancy", transform: "enabledDisabled" },
        ],
      },
    ],
  },
  azurerm_log_analytics_workspace: {
    armType: "Microsoft.OperationalInsights/workspaces",
    rows: [
      { tf: "sku", arm: "properties.sku.name" },
      { tf: "retention_in_days", arm: "properties.retentionInDays" },
      { tf: "daily_quota_gb", arm: "properties.workspaceCapping.dailyQuotaGb" },
      { tf: "local_authentication_enabled", arm: "properties.features.disableLocalAuth", transform: "not" },
      { tf: "local_authentication_disabled", arm: "properties.features.disableLocalAuth" },
      {
        tf: "internet_ingestion_enabled",
        arm: "properties.publicNetworkAccessForIngestion",
        transform: "enabledDisabled",
      },
      {
        tf: "internet_query_enabled",
        arm: "properties.publicNetworkAccessForQuery",
        transform: "enabledDisabled",
      },
    ],
  },
  azurerm_monitor_workspace: {
    armType: "Microsoft.Monitor/accounts",
    rows: [
      {
        tf: "public_network_access_enabled",
        arm: "properties.publicNetworkAccess",
        transform: "enabledDisabled",
      },
    ],
  },
  azurerm_dashboard_grafana: {
    armType: "Microsoft.Dashboard/grafana",
    rows: [
      { tf: "sku", arm: "sku.name" },
      { tf: "grafana_major_version", arm: "properties.grafanaMajorVersion" },
      {
        tf: "public_network_access_enabled",
        arm: "properties.publicNetworkAccess",
        transform: "enabledDisabled",
      },
      { tf: "zone_redundancy_enabled", arm: "properties.zoneRedundancy", transform: "enabledDisabled" },
      { tf: "api_key_enabled", arm: "properties.apiKey", transform: "enabledDisabled" },
    ],
  },
  azurerm_user_assigned_identity: { armType: "Microsoft.ManagedIdentity/userAssignedIdentities", rows: [] },
  azurerm_resource_group: { armType: "Microsoft.Resources/resourceGroups", rows: [] },
  azurerm_role_assignment: {
    armType: "Microsoft.Authorization/roleAssignments",
    rows: [
      { tf: "scope", arm: "properties.scope" },
      { tf: "role_definition_name", arm: "properties.roleDefinitionName" },
      { tf: "role_definition_id", arm: "properties.roleDefinitionId" },
      { tf: "principal_id", arm: "properties.principalId" },
      { tf: "principal_type", arm: "properties.principalType" },
    ],
  },
  azurerm_kubernetes_cluster_extension: {
    armType: "Microsoft.KubernetesConfiguration/extensions",
    rows: [
      { tf: "extension_type", arm: "properties.extensionType" },
      { tf: "release_train", arm: "properties.releaseTrain" },
      { tf: "version", arm: "properties.version" },
      { tf: "configuration_settings", arm: "properties.configurationSettings" },
    ],
  },
  azurerm_kubernetes_flux_configuration: {
    armType: "Microsoft.KubernetesConfiguration/fluxConfigurations",
    rows: [
      { tf: "namespace", arm: "properties.namespace" },
      { tf: "scope", arm: "properties.scope" },
      { tf: "git_repository.url", arm: "properties.gitRepository.url" },
      {
        tf: "git_repository.sync_interval_in_seconds",
        arm: "properties.gitRepository.syncIntervalInSeconds",
      },
      { tf: "git_repository.timeout_in_seconds", arm: "properties.gitRepository.timeoutInSeconds" },
      {
        each: "kustomizations",
        arm: "properties.kustomizations",
        rows: [
          { tf: "name", arm: "name" },
          { tf: "path", arm: "path" },
          { tf: "depends_on", arm: "dependsOn" },
          { tf: "sync_interval_in_seconds", arm: "syncIntervalInSeconds" },
          { tf: "garbage_collection_enabled", arm: "prune" },
        ],
      },
    ],
  },
  azurerm_storage_account: {
    armType: "Microsoft.Storage/storageAccounts",
    rows: [
      { tf: "account_kind", arm: "kind" },
      { tf: "min_tls_version", arm: "properties.minimumTlsVersion" },
      { tf: "https_traffic_only_enabled", arm: "properties.supportsHttpsTrafficOnly" },
      { tf: "allow_nested_items_to_be_public", arm: "properties.allowBlobPublicAccess" },
      { tf: "shared_access_key_enabled", arm: "properties.allowSharedKeyAccess" },
      {
        tf: "public_network_access_enabled",
        arm: "properties.publicNetworkAccess",
        transform: "enabledDisabled",
      },
      { tf: "default_to_oauth_authentication", arm: "properties.defaultToOAuthAuthentication" },
      {
        tf: "infrastructure_encryption_enabled",
        arm: "properties.encryption.requireInfrastructureEncryption",
      },
      { tf: "network_rules.default_action", arm: "properties.networkAcls.defaultAction" },
    ],
  },
  azurerm_monitor_diagnostic_setting: {
    armType: "Microsoft.Insights/diagnosticSettings",
    rows: [
      { tf: "target_resource_id", arm: "scope" },
      { tf: "log_analytics_workspace_id", arm: "properties.workspaceId" },
      {
        each: "enabled_log",
        arm: "properties.logs",
        rows: [
          { tf: "category", arm: "category" },
          { tf: "category_group", arm: "categoryGroup" },
        ],
      },
    ],
  },
};
