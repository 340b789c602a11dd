/**
 * The AKS cluster (seed 003 "Configure compute", "Integrate Microsoft Entra ID", "Cluster upgrades";
 * seed 000; seed 004 "Networking"): user-assigned control plane and kubelet identities, Entra ID with
 * Azure RBAC, network profile, OIDC issuer and Workload Identity, security profile, add-ons, managed
 * Prometheus, app routing, upgrade channels, maintenance windows, autoscaler profile and node pools.
 */
import type { ClusterModel, ResolvedNodePool } from "../../model/types.js";
import { type BuildContext, LOCATION, firewallEgress, pascal } from "../context.js";
import {
  type Value,
  type ValueObject,
  idOf,
  identityKey,
  refOf,
  refRootOf,
  subnetId,
  tenantId,
} from "../expr.js";
import { API, type ArmResourceDef } from "../resources.js";
import { roleAssignment, userIdentity } from "./common.js";
import { clusterAcceptedTags, poolAcceptedTags } from "../accepted.js";

/** Labels under kubernetes.azure.com are AKS's own; AKS rejects pools that set them. */
const AKS_MANAGED_PREFIX = "kubernetes.azure.com/";

export function buildCluster(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const n = c.names;
  const s = c.settings;
  const udr = firewallEgress(c);
  const out: ArmResourceDef[] = [
    userIdentity(
      "controlPlaneIdentity",
      "cluster",
      n.controlPlaneIdentity,
      LOCATION,
      c.tags,
      "Control plane identity of the cluster (manages the node resource group, joins subnets).",
    ),
    userIdentity(
      "kubeletIdentity",
      "cluster",
      n.kubeletIdentity,
      LOCATION,
      c.tags,
      "Kubelet identity: pulls images (AcrPull) and reads the node resources.",
    ),
    roleAssignment({
      symbol: "controlPlaneKubeletOperator",
      concern: "cluster",
      scope: "kubeletIdentity",
      identity: "controlPlaneIdentity",
      role: "Managed Identity Operator",
      description: "Lets the control plane assign the kubelet identity to the nodes.",
    }),
    roleAssignment({
      symbol: "controlPlaneNetworkContributor",
      concern: "cluster",
      scope: "spokeVnet",
      identity: "controlPlaneIdentity",
      role: "Network Contributor",
      description:
        "Lets the control plane join node subnets and create internal load balancers in the spoke.",
    }),
  ];
  const prerequisites = ["controlPlaneKubeletOperator", "controlPlaneNetworkContributor"];
  if (udr) {
    out.push(
      roleAssignment({
        symbol: "controlPlaneRouteTable",
        concern: "cluster",
        scope: "routeTable",
        identity: "controlPlaneIdentity",
        role: "Network Contributor",
        description: "Lets the control plane manage routes in the egress route table.",
      }),
    );
    prerequisites.push("controlPlaneRouteTable");
  }

  if (s.security.customerManagedKeys) {
    out.push(...diskEncryption(c));
    prerequisites.push("diskEncryptionKeyUser");
  }

  const systemPools = c.nodePools.filter((p) => p.mode === "System");
  const userPools = c.nodePools.filter((p) => p.mode === "User");
  out.push({
    symbol: "cluster",
    concern: "cluster",
    type: "Microsoft.ContainerService/managedClusters",
    apiVersion: API.managedClusters,
    name: n.cluster,
    location: LOCATION,
    tags: { ...c.tags, ...clusterAcceptedTags(c) },
    sku: { name: "Base", tier: s.tier },
    identity: { type: "UserAssigned", userAssignedIdentities: { [identityKey("controlPlaneIdentity")]: {} } },
    properties: clusterProperties(c, systemPools),
    dependsOn: prerequisites,
    description: `The AKS cluster (${s.tier} tier, Kubernetes ${s.kubernetesVersion}).`,
  });
  for (const p of userPools)
    out.push({
      symbol: `pool${pascal(p.name)}`,
      concern: "cluster",
      type: "Microsoft.ContainerService/managedClusters/agentPools",
      apiVersion: API.managedClusters,
      name: p.name,
      parent: "cluster",
      properties: poolProfile(c, p),
      description: `User node pool ${p.name} (${p.vmSize}, ${p.min}–${p.max} nodes${p.priority === "Spot" ? ", spot" : ""}).`,
    });
  const mw = s.upgrades.maintenanceWindow;
  const osw = s.upgrades.nodeOsMaintenanceWindow;
  out.push(
    maintenance("maintenanceAutoUpgrade", "aksManagedAutoUpgradeSchedule", mw, "cluster auto-upgrades"),
    maintenance("maintenanceNodeOs", "aksManagedNodeOSUpgradeSchedule", osw, "node OS upgrades"),
  );
  return out;
}

/**
 * Customer-managed disk keys (learn.microsoft.com/azure/aks/azure-disk-customer-managed-keys): a disk
 * encryption set wrapping the node disks' keys with the Key Vault key, allowed to use the key through
 * Key Vault RBAC, following the key's newest version.
 */
function diskEncryption(c: ClusterModel): ArmResourceDef[] {
  return [
    {
      symbol: "diskEncryptionSet",
      concern: "cluster",
      type: "Microsoft.Compute/diskEncryptionSets",
      apiVersion: API.diskEncryptionSets,
      name: `des-${c.platform.name}-${c.environment}`,
      location: LOCATION,
      tags: c.tags,
      identity: { type: "SystemAssigned" },
      properties: {
        encryptionType: "EncryptionAtRestWithCustomerKey",
        // The versionless key URI: with rotationToLatestKeyVersionEnabled the set follows the key's rotations.
        activeKey: { sourceVault: { id: idOf("keyVault") }, keyUrl: refOf("diskEncryptionKey", "keyUri") },
        rotationToLatestKeyVersionEnabled: true,
      },
      description: "Disk encryption set encrypting node OS and data disks with the customer-managed key.",
    },
    roleAssignment({
      symbol: "diskEncryptionKeyUser",
      concern: "cluster",
      scope: "keyVault",
      identity: "diskEncryptionSet",
      principalId: refRootOf("diskEncryptionSet", "identity.principalId"),
      role: "Key Vault Crypto Service Encryption User",
      description: "Lets the disk encryption set wrap and unwrap disk keys with the Key Vault key.",
    }),
  ];
}

function maintenance(
  symbol: string,
  name: string,
  w: ClusterModel["settings"]["upgrades"]["maintenanceWindow"],
  what: string,
): ArmResourceDef {
  return {
    symbol,
    concern: "cluster",
    type: "Microsoft.ContainerService/managedClusters/maintenanceConfigurations",
    apiVersion: API.managedClusters,
    name,
    parent: "cluster",
    properties: {
      maintenanceWindow: {
        schedule: { weekly: { dayOfWeek: w.day, intervalWeeks: 1 } },
        durationHours: w.hours,
        startTime: w.start,
        utcOffset: w.utcOffset,
      },
    },
    description: `Weekly window (${w.day} ${w.start}, ${w.hours} h) for ${what}.`,
  };
}

function networkProfile(c: ClusterModel): ValueObject {
  const net = c.settings.network;
  const outbound = firewallEgress(c)
    ? "userDefinedRouting"
    : net.egress === "nat-gateway"
      ? "userAssignedNATGateway"
      : "loadBalancer";
  const plugin = net.plugin === "kubenet" ? "kubenet" : "azure";
  return {
    networkPlugin: plugin,
    ...(net.plugin === "azure-overlay" ? { networkPluginMode: "overlay" } : {}),
    ...(plugin === "azure" ? { networkDataplane: net.dataPlane } : {}),
    ...(net.networkPolicy !== "none" ? { networkPolicy: net.networkPolicy } : {}),
    ...(net.plugin !== "azure" ? { podCidr: net.podCidr } : {}),
    serviceCidr: net.serviceCidr,
    dnsServiceIP: net.dnsServiceIp,
    outboundType: outbound,
    loadBalancerSku: "standard",
  };
}

function apiServerProfile(c: ClusterModel): ValueObject {
  const a = c.settings.apiServer;
  // With Bastion in the hub, operators have a controlled path to a private API server, so run command
  // (az aks command invoke, which bypasses the network) is turned off.
  const bastion = c.settings.network.topology === "hub-spoke" && c.settings.network.hub.bastion;
  const runCommand: ValueObject = bastion ? { disableRunCommand: true } : {};
  if (a.access === "private")
    return {
      enablePrivateCluster: true,
      privateDNSZone: a.privateDnsZone,
      enablePrivateClusterPublicFQDN: false,
      ...runCommand,
    };
  if (a.access === "vnet-integration")
    return {
      enableVnetIntegration: true,
      subnetId: subnetId("spokeVnet", "snet-apiserver"),
      enablePrivateCluster: true,
      privateDNSZone: a.privateDnsZone,
      ...runCommand,
    };
  return a.authorizedIpRanges.length > 0 ? { authorizedIPRanges: a.authorizedIpRanges } : {};
}

function clusterProperties(c: ClusterModel, systemPools: ResolvedNodePool[]): ValueObject {
  const s = c.settings;
  const o = s.observability;
  const addons: ValueObject = {
    azureKeyvaultSecretsProvider: {
      enabled: s.keyVault.enabled,
      ...(s.keyVault.enabled
        ? {
            config: {
              enableSecretRotation: String(s.keyVault.secretRotation),
              rotationPollInterval: s.keyVault.rotationInterval,
            },
          }
        : {}),
    },
    azurepolicy: { enabled: s.policy.azurePolicy !== "none" },
    omsagent: {
      enabled: o.containerInsights,
      ...(o.containerInsights
        ? { config: { logAnalyticsWorkspaceResourceID: idOf("logAnalytics"), useAADAuth: "true" } }
        : {}),
    },
  };
  const security: ValueObject = {
    workloadIdentity: { enabled: s.identity.workloadIdentity },
    imageCleaner: { enabled: s.security.imageCleaner, intervalHours: s.security.imageCleanerIntervalHours },
  };
  if (s.security.defender)
    security.defender = {
      logAnalyticsWorkspaceResourceId: idOf("logAnalytics"),
      securityMonitoring: { enabled: true },
    };
  const as = s.autoscaler;
  return {
    kubernetesVersion: s.kubernetesVersion,
    dnsPrefix: c.names.cluster,
    nodeResourceGroup: c.names.nodeResourceGroup,
    ...(s.security.customerManagedKeys ? { diskEncryptionSetID: idOf("diskEncryptionSet") } : {}),
    supportPlan: s.tier === "Premium" ? "AKSLongTermSupport" : "KubernetesOfficial",
    enableRBAC: true,
    disableLocalAccounts: !s.identity.localAccounts,
    aadProfile: {
      managed: true,
      enableAzureRBAC: s.identity.azureRbac,
      adminGroupObjectIDs: s.identity.adminGroupObjectIds,
      tenantID: tenantId(),
    },
    apiServerAccessProfile: apiServerProfile(c),
    networkProfile: networkProfile(c),
    oidcIssuerProfile: { enabled: s.identity.workloadIdentity },
    securityProfile: security,
    addonProfiles: addons,
    azureMonitorProfile: {
      metrics: {
        enabled: o.managedPrometheus,
        ...(o.managedPrometheus
          ? { kubeStateMetrics: { metricLabelsAllowlist: "", metricAnnotationsAllowList: "" } }
          : {}),
      },
    },
    ingressProfile: { webAppRouting: { enabled: s.ingress.controller === "app-routing" } },
    autoUpgradeProfile: {
      upgradeChannel: s.upgrades.channel,
      nodeOSUpgradeChannel: s.upgrades.nodeOsChannel,
    },
    autoScalerProfile: {
      expander: as.expander,
      "scan-interval": as.scanInterval,
      "scale-down-unneeded-time": as.scaleDownUnneededTime,
      "scale-down-delay-after-add": as.scaleDownDelayAfterAdd,
      "balance-similar-node-groups": String(as.balanceSimilarNodeGroups),
    },
    identityProfile: {
      kubeletidentity: {
        resourceId: idOf("kubeletIdentity"),
        clientId: refOf("kubeletIdentity", "clientId"),
        objectId: refOf("kubeletIdentity", "principalId"),
      },
    },
    agentPoolProfiles: systemPools.map((p) => ({ name: p.name, ...poolProfile(c, p) })),
  };
}

/** The agent pool properties shared by inline profiles and agentPools resources. */
export function poolProfile(c: ClusterModel, p: ResolvedNodePool): ValueObject {
  const windows = p.osSku === "Windows2022";
  const spot = p.priority === "Spot";
  // The spot taint AKS adds itself is declared too (as azurerm requires), so the pool does not drift.
  const taints = p.taints;
  const labels = Object.fromEntries(
    Object.entries(p.labels)
      .filter(([k]) => !k.startsWith(AKS_MANAGED_PREFIX))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const props: Record<string, Value> = {
    mode: p.mode,
    type: "VirtualMachineScaleSets",
    vmSize: p.vmSize,
    osType: windows ? "Windows" : "Linux",
    osSKU: p.osSku,
    osDiskType: p.osDiskType,
    osDiskSizeGB: p.osDiskSizeGb,
    maxPods: p.maxPods,
    count: p.min,
    enableAutoScaling: true,
    minCount: p.min,
    maxCount: p.max,
    vnetSubnetID: subnetId("spokeVnet", p.subnet === "systemNodes" ? "snet-system-nodes" : "snet-user-nodes"),
    enableEncryptionAtHost: c.settings.security.hostEncryption,
    enableFIPS: c.settings.security.fips,
  };
  const accepted = poolAcceptedTags(c, p);
  if (Object.keys(accepted).length > 0) props.tags = { ...c.tags, ...accepted };
  if (p.zones.length > 0) props.availabilityZones = p.zones;
  if (taints.length > 0) props.nodeTaints = taints;
  if (Object.keys(labels).length > 0) props.nodeLabels = labels;
  if (spot) {
    props.scaleSetPriority = "Spot";
    props.scaleSetEvictionPolicy = p.evictionPolicy ?? "Delete";
    props.spotMaxPrice = p.spotMaxPrice ?? -1;
  } else {
    props.upgradeSettings = { maxSurge: p.maxSurge };
  }
  return props;
}
