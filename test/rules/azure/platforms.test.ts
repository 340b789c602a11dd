/**
 * Level calibration: a complete production platform, as akskit's production preset describes it,
 * passes every production rule; its regulated variant passes every rule; a dev platform (Free tier,
 * public API server with authorized ranges, single-zone small pools) passes the baseline rules.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ArmResource } from "../../../src/audit/facts.js";
import { runRules } from "../../../src/audit/engine.js";
import { AZURE_RULES } from "../../../src/rules/azure-rules.js";
import type { RuleLevel } from "../../../src/rules/types.js";
import { facts } from "./helpers.js";

type Res = ArmResource & { type: string; name: string };

const SUB = "/subscriptions/s/resourceGroups/rg/providers";
const NODES = `${SUB}/Microsoft.Network/virtualNetworks/vnet-prod/subnets/snet-nodes`;
const LOG = `${SUB}/Microsoft.OperationalInsights/workspaces/log-prod`;

const pool = (
  name: string,
  mode: "System" | "User",
  min: number,
  max: number,
  extra: Record<string, unknown> = {},
) => ({
  name,
  mode,
  vmSize: mode === "System" ? "Standard_D4ds_v5" : "Standard_D8ds_v5",
  type: "VirtualMachineScaleSets",
  count: min,
  enableAutoScaling: true,
  minCount: min,
  maxCount: max,
  availabilityZones: ["1", "2", "3"],
  osType: "Linux",
  osSKU: "AzureLinux",
  osDiskType: "Ephemeral",
  maxPods: 110,
  vnetSubnetID: NODES,
  upgradeSettings: { maxSurge: "33%" },
  ...(mode === "System" ? { nodeTaints: ["CriticalAddonsOnly=true:NoSchedule"] } : {}),
  ...extra,
});

const productionCluster: ArmResource = {
  name: "aks-prod",
  location: "westeurope",
  sku: { name: "Base", tier: "Standard" },
  identity: {
    type: "UserAssigned",
    userAssignedIdentities: { [`${SUB}/Microsoft.ManagedIdentity/userAssignedIdentities/id-aks`]: {} },
  },
  properties: {
    kubernetesVersion: "1.35.3",
    dnsPrefix: "aks-prod",
    enableRBAC: true,
    disableLocalAccounts: true,
    aadProfile: {
      managed: true,
      enableAzureRBAC: true,
      adminGroupObjectIDs: ["00000000-0000-0000-0000-000000000001"],
    },
    apiServerAccessProfile: { enablePrivateCluster: true },
    networkProfile: {
      networkPlugin: "azure",
      networkPluginMode: "overlay",
      networkDataplane: "cilium",
      networkPolicy: "cilium",
      podCidr: "10.244.0.0/16",
      serviceCidr: "10.0.0.0/16",
      dnsServiceIP: "10.0.0.10",
      outboundType: "userDefinedRouting",
      loadBalancerSku: "standard",
    },
    autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "NodeImage" },
    securityProfile: {
      defender: { logAnalyticsWorkspaceResourceId: LOG, securityMonitoring: { enabled: true } },
      imageCleaner: { enabled: true, intervalHours: 168 },
      workloadIdentity: { enabled: true },
    },
    oidcIssuerProfile: { enabled: true },
    addonProfiles: {
      azureKeyvaultSecretsProvider: {
        enabled: true,
        config: { enableSecretRotation: "true", rotationPollInterval: "2m" },
      },
      azurepolicy: { enabled: true },
      omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: LOG, useAADAuth: "true" } },
    },
    azureMonitorProfile: { metrics: { enabled: true } },
    agentPoolProfiles: [pool("system", "System", 3, 6), pool("apps", "User", 3, 20)],
  },
};

const maintenance = (name: string, day: string): Res => ({
  type: "Microsoft.ContainerService/managedClusters/maintenanceConfigurations",
  name: `aks-prod/${name}`,
  properties: {
    maintenanceWindow: {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: day } },
      durationHours: 4,
      startTime: "02:00",
      utcOffset: "+00:00",
    },
  },
});

const productionResources: Res[] = [
  {
    type: "Microsoft.Network/virtualNetworks",
    name: "vnet-prod",
    properties: {
      addressSpace: { addressPrefixes: ["10.240.0.0/16"] },
      subnets: [
        {
          name: "snet-nodes",
          properties: { addressPrefix: "10.240.0.0/22", networkSecurityGroup: { id: `${SUB}/nsg-nodes` } },
        },
        {
          name: "snet-agw",
          properties: { addressPrefix: "10.240.4.0/24", networkSecurityGroup: { id: `${SUB}/nsg-agw` } },
        },
      ],
    },
  },
  {
    type: "Microsoft.Network/networkSecurityGroups",
    name: "nsg-agw",
    properties: {
      securityRules: [
        {
          name: "https",
          properties: {
            direction: "Inbound",
            access: "Allow",
            protocol: "Tcp",
            sourceAddressPrefix: "Internet",
            destinationPortRange: "443",
            priority: 100,
          },
        },
      ],
    },
  },
  {
    type: "Microsoft.Insights/diagnosticSettings",
    name: "diag-aks-prod",
    scope: "Microsoft.ContainerService/managedClusters/aks-prod",
    properties: {
      workspaceId: LOG,
      logs: [
        "kube-apiserver",
        "kube-audit-admin",
        "kube-controller-manager",
        "cluster-autoscaler",
        "guard",
      ].map((category) => ({ category, enabled: true })),
    },
  },
  maintenance("aksManagedAutoUpgradeSchedule", "Saturday"),
  maintenance("aksManagedNodeOSUpgradeSchedule", "Sunday"),
  {
    type: "Microsoft.ContainerRegistry/registries",
    name: "crprod",
    location: "westeurope",
    sku: { name: "Premium" },
    properties: {
      adminUserEnabled: false,
      anonymousPullEnabled: false,
      publicNetworkAccess: "Disabled",
      zoneRedundancy: "Enabled",
      policies: { retentionPolicy: { status: "enabled", days: 30 } },
    },
  },
  {
    type: "Microsoft.KeyVault/vaults",
    name: "kv-prod",
    properties: {
      enableRbacAuthorization: true,
      enablePurgeProtection: true,
      softDeleteRetentionInDays: 90,
      publicNetworkAccess: "Disabled",
    },
  },
  {
    type: "Microsoft.OperationalInsights/workspaces",
    name: "log-prod",
    properties: { retentionInDays: 30, sku: { name: "PerGB2018" } },
  },
  {
    type: "Microsoft.Network/applicationGateways",
    name: "agw-prod",
    zones: ["1", "2", "3"],
    properties: {
      sku: { name: "WAF_v2", tier: "WAF_v2" },
      firewallPolicy: {
        id: `${SUB}/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/waf-prod`,
      },
    },
  },
  {
    type: "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies",
    name: "waf-prod",
    properties: { policySettings: { state: "Enabled", mode: "Prevention" } },
  },
  {
    type: "Microsoft.Network/azureFirewalls",
    name: "afw-hub",
    zones: ["1", "2", "3"],
    properties: { firewallPolicy: { id: `${SUB}/afwp-hub` } },
  },
  {
    type: "Microsoft.Network/firewallPolicies",
    name: "afwp-hub",
    sku: { tier: "Standard" },
    properties: { threatIntelMode: "Alert" },
  },
  {
    type: "Microsoft.Storage/storageAccounts",
    name: "stvelero",
    properties: {
      supportsHttpsTrafficOnly: true,
      minimumTlsVersion: "TLS1_2",
      allowBlobPublicAccess: false,
      publicNetworkAccess: "Disabled",
    },
  },
];

function findings(cluster: ArmResource, resources: Res[], level: RuleLevel): string[] {
  const result = runRules(facts(cluster, resources), AZURE_RULES, { level });
  expect(result.errors).toEqual([]);
  return result.findings.map((f) => `${f.ruleId} ${f.object.id}: ${f.message}`);
}

beforeEach(() => {
  vi.stubEnv("SOURCE_DATE_EPOCH", "1795219200"); // 2026-11-21
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("a production platform", () => {
  it("passes every production rule", () => {
    expect(findings(productionCluster, productionResources, "production")).toEqual([]);
  });

  it("fails only the regulated rules at the regulated level", () => {
    const ids = [
      ...new Set(findings(productionCluster, productionResources, "regulated").map((f) => f.split(" ")[0])),
    ].sort();
    expect(ids).toEqual([
      "azure/acr-geo-replication",
      "azure/firewall-idps-deny",
      "azure/firewall-threat-intel-deny",
      "azure/storage-shared-key-disabled",
      "cluster/disk-encryption-set",
      "cluster/run-command-disabled",
      "network/vnet-flow-logs",
      "nodepool/fips-enabled",
      "nodepool/host-encryption",
    ]);
  });
});

describe("a regulated platform", () => {
  const p = productionCluster.properties!;
  const regulatedCluster: ArmResource = {
    ...productionCluster,
    sku: { name: "Base", tier: "Premium" },
    properties: {
      ...p,
      diskEncryptionSetID: `${SUB}/Microsoft.Compute/diskEncryptionSets/des-prod`,
      apiServerAccessProfile: { enablePrivateCluster: true, disableRunCommand: true },
      autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "SecurityPatch" },
      agentPoolProfiles: [
        pool("system", "System", 3, 6, { enableFIPS: true, enableEncryptionAtHost: true }),
        pool("apps", "User", 3, 20, { enableFIPS: true, enableEncryptionAtHost: true }),
      ],
    },
  };
  const regulatedResources: Res[] = [
    ...productionResources.filter(
      (r) =>
        r.type !== "Microsoft.Network/firewallPolicies" && r.type !== "Microsoft.Storage/storageAccounts",
    ),
    {
      type: "Microsoft.ContainerRegistry/registries/replications",
      name: "crprod/northeurope",
      location: "northeurope",
      properties: {},
    },
    {
      type: "Microsoft.Network/firewallPolicies",
      name: "afwp-hub",
      sku: { tier: "Premium" },
      properties: { threatIntelMode: "Deny", intrusionDetection: { mode: "Deny" } },
    },
    {
      type: "Microsoft.Network/networkWatchers/flowLogs",
      name: "NetworkWatcher_westeurope/fl-prod",
      properties: { targetResourceId: `${SUB}/Microsoft.Network/virtualNetworks/vnet-prod` },
    },
    {
      type: "Microsoft.Storage/storageAccounts",
      name: "stvelero",
      properties: {
        supportsHttpsTrafficOnly: true,
        minimumTlsVersion: "TLS1_2",
        allowBlobPublicAccess: false,
        publicNetworkAccess: "Disabled",
        allowSharedKeyAccess: false,
      },
    },
  ];

  it("passes every rule", () => {
    expect(findings(regulatedCluster, regulatedResources, "regulated")).toEqual([]);
  });
});

describe("a dev platform", () => {
  const p = productionCluster.properties!;
  const devPool = (name: string, mode: "System" | "User", min: number, max: number) => {
    const {
      availabilityZones: _z,
      upgradeSettings: _u,
      ...rest
    } = pool(name, mode, min, max, { vmSize: "Standard_D2ds_v5" });
    return rest;
  };
  const devCluster: ArmResource = {
    ...productionCluster,
    name: "aks-dev",
    sku: { name: "Base", tier: "Free" },
    properties: {
      ...p,
      apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24"] },
      networkProfile: { ...(p.networkProfile as object), outboundType: "loadBalancer" },
      securityProfile: { workloadIdentity: { enabled: true } },
      agentPoolProfiles: [devPool("system", "System", 1, 3), devPool("apps", "User", 1, 5)],
    },
  };
  const devResources: Res[] = [
    {
      type: "Microsoft.ContainerRegistry/registries",
      name: "crdev",
      location: "westeurope",
      sku: { name: "Basic" },
      properties: { adminUserEnabled: false },
    },
    {
      type: "Microsoft.KeyVault/vaults",
      name: "kv-dev",
      properties: { enableRbacAuthorization: true, softDeleteRetentionInDays: 7 },
    },
  ];

  it("passes every baseline rule", () => {
    expect(findings(devCluster, devResources, "baseline")).toEqual([]);
  });

  it("would fail the production bar on tier, zones, exposure and pool sizes", () => {
    const ids = new Set(findings(devCluster, devResources, "production").map((f) => f.split(" ")[0]));
    expect(ids).toContain("cluster/sku-tier-standard");
    expect(ids).toContain("cluster/api-server-private");
    expect(ids).toContain("nodepool/availability-zones");
    expect(ids).toContain("nodepool/system-pool-min-count");
    expect(ids).toContain("azure/acr-premium-sku");
    expect(ids).toContain("azure/key-vault-purge-protection");
  });
});
