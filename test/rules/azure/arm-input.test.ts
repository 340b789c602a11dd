/**
 * End to end through the ARM loader: a small hand-written template with an unevaluated parameter and
 * a resourceId() reference, judged at the production level. Paths and positions come from the loader's
 * locator, so this also checks that rule paths point at the right keys.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadInputs } from "../../../src/audit/load.js";
import { runRules } from "../../../src/audit/engine.js";
import { AZURE_RULES } from "../../../src/rules/azure-rules.js";

const FIXTURE = join(import.meta.dirname, "fixtures", "arm-demo.json");

beforeEach(() => {
  vi.stubEnv("SOURCE_DATE_EPOCH", "1795219200"); // 2026-11-21
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("an ARM template through the loader", () => {
  it("reports each problem at its key", async () => {
    const { facts } = await loadInputs([FIXTURE]);
    const result = runRules(facts, AZURE_RULES, { level: "production" });
    expect(result.errors).toEqual([]);
    const found = result.findings.map((f) => `${f.ruleId} ${f.object.id} ${f.location.path ?? ""}`).sort();
    expect(found).toEqual([
      "cluster/api-server-private managedClusters/aks-demo properties.apiServerAccessProfile.enablePrivateCluster",
      "cluster/auto-upgrade-channel managedClusters/aks-demo properties.autoUpgradeProfile.upgradeChannel",
      "cluster/azure-policy-addon managedClusters/aks-demo properties.addonProfiles.azurepolicy.enabled",
      "cluster/azure-rbac-enabled managedClusters/aks-demo properties.aadProfile.enableAzureRBAC",
      "cluster/container-insights-enabled managedClusters/aks-demo properties.addonProfiles.omsagent.enabled",
      "cluster/defender-enabled managedClusters/aks-demo properties.securityProfile.defender.securityMonitoring.enabled",
      "cluster/diagnostic-settings managedClusters/aks-demo properties",
      "cluster/entra-id-enabled managedClusters/aks-demo properties.aadProfile.managed",
      "cluster/image-cleaner-enabled managedClusters/aks-demo properties.securityProfile.imageCleaner.enabled",
      "cluster/key-vault-secrets-provider managedClusters/aks-demo properties.addonProfiles.azureKeyvaultSecretsProvider.enabled",
      "cluster/kubernetes-version-supported managedClusters/aks-demo properties.kubernetesVersion",
      "cluster/local-accounts-disabled managedClusters/aks-demo properties.disableLocalAccounts",
      "cluster/managed-prometheus-enabled managedClusters/aks-demo properties.azureMonitorProfile.metrics.enabled",
      "cluster/network-dataplane-cilium managedClusters/aks-demo properties.networkProfile.networkDataplane",
      "cluster/network-plugin-overlay managedClusters/aks-demo properties.networkProfile.networkPluginMode",
      "cluster/node-os-upgrade-channel managedClusters/aks-demo properties.autoUpgradeProfile.nodeOSUpgradeChannel",
      "cluster/oidc-issuer-enabled managedClusters/aks-demo properties.oidcIssuerProfile.enabled",
      "cluster/outbound-type-controlled managedClusters/aks-demo properties.networkProfile.outboundType",
      "cluster/sku-tier-standard managedClusters/aks-demo sku.tier",
      "cluster/user-pool-present managedClusters/aks-demo properties.agentPoolProfiles",
      "cluster/workload-identity-enabled managedClusters/aks-demo properties.securityProfile.workloadIdentity.enabled",
      "network/service-cidr-overlap managedClusters/aks-demo properties.networkProfile.serviceCidr",
      "network/subnet-capacity managedClusters/aks-demo/agentPools/nodepool1 vnetSubnetID",
      "network/subnet-nsg Microsoft.Network/virtualNetworks/vnet properties.subnets[0].properties.networkSecurityGroup",
      "nodepool/autoscaling-enabled managedClusters/aks-demo/agentPools/nodepool1 enableAutoScaling",
      "nodepool/availability-zones managedClusters/aks-demo/agentPools/nodepool1 availabilityZones",
      "nodepool/max-pods-minimum managedClusters/aks-demo/agentPools/nodepool1 maxPods",
      "nodepool/max-surge-set managedClusters/aks-demo/agentPools/nodepool1 upgradeSettings.maxSurge",
      "nodepool/system-pool-min-count managedClusters/aks-demo/agentPools/nodepool1 count",
      "nodepool/system-pool-taint managedClusters/aks-demo/agentPools/nodepool1 nodeTaints",
      "nodepool/system-pool-vm-size managedClusters/aks-demo/agentPools/nodepool1 vmSize",
    ]);
  });

  it("stays silent on the unevaluated authorized ranges and locates keys by line and column", async () => {
    const { facts } = await loadInputs([FIXTURE]);
    const result = runRules(facts, AZURE_RULES, { level: "production" });
    const ids = result.findings.map((f) => f.ruleId);
    // authorizedIPRanges is [parameters('ranges')] with no value: neither restricted nor open.
    expect(ids).not.toContain("cluster/api-server-access-restricted");
    expect(ids).not.toContain("cluster/api-server-no-open-range");
    const version = result.findings.find((f) => f.ruleId === "cluster/kubernetes-version-supported")!;
    expect([version.location.line, version.location.column]).toEqual([17, 9]);
    const vm = result.findings.find((f) => f.ruleId === "nodepool/system-pool-vm-size")!;
    expect(vm.location.line).toBe(26);
  });
});
