/* eslint-disable @typescript-eslint/no-explicit-any -- assertions navigate the template JSON freely */
/**
 * Customer-managed disk keys (security.customerManagedKeys) and VNet flow logs (observability.flowLogs)
 * in the ARM, Bicep and az CLI targets, and the audit rules they satisfy.
 */
import { describe, expect, it } from "vitest";
import { buildAzCliFiles } from "../../src/azure/emit/azcli.js";
import { armTemplate } from "../../src/azure/emit/arm.js";
import { buildBicepFiles } from "../../src/azure/emit/bicep.js";
import type { PlatformModel } from "../../src/model/types.js";
import { specFindings } from "../../src/plan/findings.js";
import { loadPlatform, loadPlatformText } from "../../src/spec/index.js";
import { presetPlatform } from "./specs.js";

interface Res {
  type: string;
  name: string;
  properties?: Record<string, any>;
  resources?: Res[];
  [k: string]: any;
}

function flatten(list: Res[], parentType?: string): Res[] {
  const out: Res[] = [];
  for (const r of list) {
    const type = parentType ? `${parentType}/${r.type}` : r.type;
    out.push({ ...r, type });
    if (type === "Microsoft.Resources/deployments") out.push(...flatten(r.properties!.template.resources));
    if (r.resources) out.push(...flatten(r.resources, type));
  }
  return out;
}

const regulated = (await loadPlatform("examples/regulated.yaml")).model;
const production = (await loadPlatform("examples/production.yaml")).model;
const template = (p: PlatformModel, env: string) =>
  armTemplate(
    p,
    p.clusters.find((c) => c.environment === env)!,
  ) as { resources: Res[] };
const prod = template(regulated, "prod");
const all = flatten(prod.resources);
const byType = (type: string, list = all) => list.filter((r) => r.type === type);

describe("customer-managed disk keys (ARM)", () => {
  it("creates an RSA 3072 key in the environment's vault with a yearly rotation policy", () => {
    const [key] = byType("Microsoft.KeyVault/vaults/keys");
    expect(key!.name).toBe("aks-disk-encryption");
    expect(key!.properties).toMatchObject({
      kty: "RSA",
      keySize: 3072,
      keyOps: ["wrapKey", "unwrapKey"],
      rotationPolicy: {
        lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P1Y" } }, {}],
      },
    });
    const [vault] = byType("Microsoft.KeyVault/vaults");
    expect(vault!.properties!.enablePurgeProtection).toBe(true);
  });

  it("creates a disk encryption set on the versionless key URL that follows rotations", () => {
    const [des] = byType("Microsoft.Compute/diskEncryptionSets");
    expect(des!.name).toBe("des-fabrikam-prod");
    expect(des!.identity).toEqual({ type: "SystemAssigned" });
    expect(des!.properties).toEqual({
      encryptionType: "EncryptionAtRestWithCustomerKey",
      activeKey: {
        sourceVault: { id: "[resourceId('Microsoft.KeyVault/vaults', 'kv-fabrikam-prod')]" },
        keyUrl:
          "[reference(resourceId('Microsoft.KeyVault/vaults/keys', 'kv-fabrikam-prod', 'aks-disk-encryption'), '2026-02-01').keyUri]",
      },
      rotationToLatestKeyVersionEnabled: true,
    });
  });

  it("grants the set Key Vault Crypto Service Encryption User on the vault before the cluster is created", () => {
    const assignment = byType("Microsoft.Authorization/roleAssignments").find((r) =>
      String(r.properties!.roleDefinitionId).includes("e147488a-f6f5-4113-8e2d-b22465e65bf6"),
    );
    expect(assignment!.scope).toBe("Microsoft.KeyVault/vaults/kv-fabrikam-prod");
    expect(assignment!.properties!.principalId).toBe(
      "[reference(resourceId('Microsoft.Compute/diskEncryptionSets', 'des-fabrikam-prod'), '2024-03-02', 'Full').identity.principalId]",
    );
    const [cluster] = byType("Microsoft.ContainerService/managedClusters");
    expect(cluster!.properties!.diskEncryptionSetID).toBe(
      "[resourceId('Microsoft.Compute/diskEncryptionSets', 'des-fabrikam-prod')]",
    );
    expect(cluster!.dependsOn).toContain(
      "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-fabrikam-prod'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv-fabrikam-prod'), resourceId('Microsoft.Compute/diskEncryptionSets', 'des-fabrikam-prod'), 'e147488a-f6f5-4113-8e2d-b22465e65bf6'))]",
    );
  });

  it("is absent where the spec leaves it off (production example)", () => {
    const p = flatten(template(production, "prod").resources);
    expect(byType("Microsoft.Compute/diskEncryptionSets", p)).toEqual([]);
    expect(byType("Microsoft.KeyVault/vaults/keys", p)).toEqual([]);
    expect(byType("Microsoft.ContainerService/managedClusters", p)[0]!.properties!.diskEncryptionSetID).toBe(
      undefined,
    );
  });
});

describe("VNet flow logs (ARM)", () => {
  it("deploys the Network Watcher and flow logs into NetworkWatcherRG after the other deployments", () => {
    expect(prod.resources.map((r) => `${r.type} ${r.name}`)).toEqual([
      "Microsoft.Resources/resourceGroups rg-fabrikam-hub",
      "Microsoft.Resources/resourceGroups rg-fabrikam-prod",
      "Microsoft.Resources/resourceGroups NetworkWatcherRG",
      "Microsoft.Resources/deployments akskit-hub",
      "Microsoft.Resources/deployments akskit-prod",
      "Microsoft.Resources/deployments akskit-hub-peering-prod",
      "Microsoft.Resources/deployments akskit-flow-logs-prod",
    ]);
    const d = prod.resources.find((r) => r.name === "akskit-flow-logs-prod")!;
    expect(d.resourceGroup).toBe("NetworkWatcherRG");
    expect(d.dependsOn).toHaveLength(4);
    const [watcher] = byType("Microsoft.Network/networkWatchers");
    expect(watcher!.name).toBe("NetworkWatcher_northeurope");
  });

  it("logs the spoke and the hub with retention and 10-minute traffic analytics", () => {
    const logs = byType("Microsoft.Network/networkWatchers/flowLogs");
    expect(logs.map((l) => l.name).sort()).toEqual(["fl-vnet-fabrikam-hub", "fl-vnet-fabrikam-prod"]);
    const spoke = logs.find((l) => l.name === "fl-vnet-fabrikam-prod")!;
    expect(spoke.properties).toMatchObject({
      targetResourceId:
        "[resourceId('rg-fabrikam-prod', 'Microsoft.Network/virtualNetworks', 'vnet-fabrikam-prod')]",
      storageId:
        "[resourceId('rg-fabrikam-prod', 'Microsoft.Storage/storageAccounts', 'stfabrikamprodflog')]",
      enabled: true,
      retentionPolicy: { enabled: true, days: 365 },
      flowAnalyticsConfiguration: {
        networkWatcherFlowAnalyticsConfiguration: {
          enabled: true,
          workspaceResourceId:
            "[resourceId('rg-fabrikam-prod', 'Microsoft.OperationalInsights/workspaces', 'log-fabrikam-prod')]",
          trafficAnalyticsInterval: 10,
        },
      },
    });
    const hub = logs.find((l) => l.name === "fl-vnet-fabrikam-hub")!;
    expect(hub.properties!.targetResourceId).toBe(
      "[resourceId('rg-fabrikam-hub', 'Microsoft.Network/virtualNetworks', 'vnet-fabrikam-hub')]",
    );
    expect(
      hub.properties!.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceResourceId,
    ).toBe("[resourceId('rg-fabrikam-hub', 'Microsoft.OperationalInsights/workspaces', 'log-fabrikam-hub')]");
  });

  it("writes the logs to private storage accounts without shared keys", () => {
    const accounts = byType("Microsoft.Storage/storageAccounts").filter((s) => s.name.endsWith("flog"));
    expect(accounts.map((a) => a.name).sort()).toEqual(["stfabrikamhubflog", "stfabrikamprodflog"]);
    for (const a of accounts)
      expect(a.properties).toMatchObject({
        publicNetworkAccess: "Disabled",
        allowSharedKeyAccess: false,
        allowBlobPublicAccess: false,
        minimumTlsVersion: "TLS1_2",
      });
  });

  it("adds nothing where flow logs are off (production example)", () => {
    const t = template(production, "prod");
    expect(t.resources.some((r) => r.name === "NetworkWatcherRG")).toBe(false);
    expect(byType("Microsoft.Network/networkWatchers/flowLogs", flatten(t.resources))).toEqual([]);
  });
});

describe("VNet flow logs across regions", () => {
  const multi = loadPlatformText(
    "multi.yaml",
    [
      "apiVersion: akskit.dev/v1alpha1",
      "kind: Platform",
      "metadata: { name: multi }",
      "spec:",
      "  preset: regulated",
      "  location: westeurope",
      "  environments:",
      "    staging: {}",
      "    prod: { location: swedencentral }",
      "",
    ].join("\n"),
  ).model;

  it("puts each flow log on the Network Watcher of its VNet's region", () => {
    const d = template(multi, "prod").resources.find((r) => r.name === "akskit-flow-logs-prod")!;
    const watchers = d.properties!.template.resources as Res[];
    expect(
      watchers.map((w) => [
        w.name,
        w.location,
        (w.resources ?? []).map((l: Res) => `${l.name} ${l.location}`),
      ]),
    ).toEqual([
      [
        "NetworkWatcher_swedencentral",
        "[parameters('location')]",
        ["fl-vnet-multi-prod [parameters('location')]"],
      ],
      [
        "NetworkWatcher_westeurope",
        "[parameters('hubLocation')]",
        ["fl-vnet-multi-hub [parameters('hubLocation')]"],
      ],
    ]);
    expect(d.properties!.parameters).toEqual({
      hubLocation: { value: "[parameters('hubLocation')]" },
      location: { value: "[parameters('location')]" },
    });
  });

  it("shares the hub's flow log between environments in Bicep, each spoke's behind its condition", () => {
    const mod = buildBicepFiles(multi).find((f) => f.path.endsWith("modules/flow-logs.bicep"))!.content;
    expect(mod).toContain("resource hubFlowLog 'Microsoft.Network/networkWatchers/flowLogs@2025-07-01' = {");
    expect(mod).toContain(
      "resource networkWatcherSwedencentral 'Microsoft.Network/networkWatchers@2025-07-01' = if (deployInProd) {",
    );
    expect(mod).toContain(
      "resource spokeFlowLogWesteurope 'Microsoft.Network/networkWatchers/flowLogs@2025-07-01' = if (deployInStaging) {",
    );
  });

  it("passes the audit rules in both regions", () => {
    for (const r of specFindings(multi)) {
      expect(r.findings.map((f) => f.ruleId)).not.toContain("network/vnet-flow-logs");
      expect(r.findings.map((f) => f.ruleId)).not.toContain("cluster/disk-encryption-set");
    }
  });
});

describe("VNet flow logs in some environments only", () => {
  const mixed = loadPlatformText(
    "mixed.yaml",
    [
      "apiVersion: akskit.dev/v1alpha1",
      "kind: Platform",
      "metadata: { name: mixed }",
      "spec:",
      "  preset: production",
      "  location: westeurope",
      "  environments:",
      "    dev: {}",
      "    prod: { observability: { flowLogs: true, logRetentionDays: 90 } }",
      "",
    ].join("\n"),
  ).model;

  it("logs the shared hub from every environment's template, the spoke only where asked", () => {
    const names = (env: string) =>
      flatten(template(mixed, env).resources)
        .filter((r) => r.type === "Microsoft.Network/networkWatchers/flowLogs")
        .map((r) => `${r.name} ${r.properties!.retentionPolicy.days}`)
        .sort();
    expect(names("dev")).toEqual(["fl-vnet-mixed-hub 90"]);
    expect(names("prod")).toEqual(["fl-vnet-mixed-hub 90", "fl-vnet-mixed-prod 90"]);
  });
});

describe("Bicep and az CLI", () => {
  it("scopes a per-environment flow-logs module to NetworkWatcherRG", () => {
    const main = buildBicepFiles(regulated).find((f) => f.path.endsWith("main.bicep"))!.content;
    expect(main).toContain(
      "resource networkWatcherResourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01'",
    );
    expect(main).toContain(
      "name: 'akskit-flow-logs-${environmentName}'\n  scope: networkWatcherResourceGroup",
    );
    const cluster = buildBicepFiles(regulated).find((f) => f.path.endsWith("modules/cluster.bicep"))!.content;
    expect(cluster).toContain("diskEncryptionSetID: diskEncryptionSet.id");
  });

  it("uses the dedicated az commands", () => {
    const sh = buildAzCliFiles(regulated).find((f) => f.path.endsWith("prod.sh"))!.content;
    expect(sh).toContain("az keyvault key create --vault-name kv-fabrikam-prod --name aks-disk-encryption");
    expect(sh).toContain("--kty RSA --size 3072 --ops wrapKey unwrapKey");
    expect(sh).toContain(
      'az disk-encryption-set create --resource-group "${RESOURCE_GROUP}" --name des-fabrikam-prod',
    );
    expect(sh).toContain(
      "--encryption-type EncryptionAtRestWithCustomerKey --enable-auto-key-rotation true --mi-system-assigned",
    );
    expect(sh).toContain("az role assignment create --role e147488a-f6f5-4113-8e2d-b22465e65bf6");
    expect(sh).toContain(
      '--node-osdisk-diskencryptionset-id "/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.Compute/diskEncryptionSets/des-fabrikam-prod"',
    );
    expect(sh).toContain(
      'az network watcher flow-log create --location "${HUB_LOCATION}" --name fl-vnet-fabrikam-prod',
    );
    expect(sh).toContain("--traffic-analytics true --workspace");
    // Steps run in dependency order: key, set, role, cluster.
    const at = (s: string) => sh.indexOf(s);
    expect(at("az keyvault key create")).toBeLessThan(at("az disk-encryption-set create"));
    expect(at("az disk-encryption-set create")).toBeLessThan(at("--role e147488a"));
    expect(at("--role e147488a")).toBeLessThan(at("az aks create"));
  });
});

describe("audit rules on the generated ARM", () => {
  const ruleIds = (p: PlatformModel) => specFindings(p).flatMap((r) => r.findings.map((f) => f.ruleId));

  it("cluster/disk-encryption-set and network/vnet-flow-logs pass for the regulated example and preset", () => {
    for (const p of [regulated, presetPlatform("regulated")]) {
      const ids = ruleIds(p);
      expect(ids).not.toContain("cluster/disk-encryption-set");
      expect(ids).not.toContain("network/vnet-flow-logs");
    }
  });
});
