import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTerraform } from "../../../src/audit/loaders/terraform.js";
import { loadInputs } from "../../../src/audit/load.js";
import { Unknown } from "../../../src/audit/facts.js";
import { FIXTURES, newSink } from "../helpers.js";

const dir = `${FIXTURES}/terraform`;
const main = `${dir}/main.tf`;
const read = (f: string) => ({ file: f, text: readFileSync(f, "utf8") });

async function loadFixture() {
  const sink = newSink();
  await loadTerraform([read(main), read(`${dir}/variables.tf`)], [read(`${dir}/terraform.tfvars`)], sink);
  return sink;
}

describe("Terraform loader", () => {
  it("maps azurerm_kubernetes_cluster to an ARM-shaped managed cluster", async () => {
    const sink = await loadFixture();
    expect(sink.problems).toEqual([]);
    const c = sink.facts.clusters[0]!;
    expect(c.id).toBe("managedClusters/aks-contoso-prod");
    expect(c.source.kind).toBe("terraform");
    expect(c.resource.sku).toEqual({ tier: "Standard" });
    expect(c.resource.identity).toEqual({ type: "SystemAssigned" });
    expect(c.resource.properties).toMatchObject({
      kubernetesVersion: "1.34",
      disableLocalAccounts: true,
      oidcIssuerProfile: { enabled: true },
      securityProfile: {
        workloadIdentity: { enabled: true },
        imageCleaner: { enabled: true, intervalHours: 48 },
        defender: { securityMonitoring: { enabled: true } },
      },
      aadProfile: {
        managed: true,
        enableAzureRBAC: true,
        adminGroupObjectIDs: ["00000000-0000-0000-0000-00000000a001"],
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
      },
      addonProfiles: {
        azurepolicy: { enabled: true },
        azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: "true" } },
        omsagent: { enabled: true, config: { useAADAuth: "true" } },
      },
      azureMonitorProfile: { metrics: { enabled: true } },
      autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "NodeImage" },
    });
  });

  it("resolves `.id`, `.name` and `.location` of resources and keeps other references unknown", async () => {
    const sink = await loadFixture();
    const c = sink.facts.clusters[0]!;
    const oms = (c.resource.properties?.addonProfiles as { omsagent: { config: Record<string, unknown> } })
      .omsagent;
    expect(oms.config.logAnalyticsWorkspaceResourceID).toBe(
      "/subscriptions/{subscription}/resourceGroups/rg-aks-contoso-prod/providers/Microsoft.OperationalInsights/workspaces/log-contoso-prod",
    );
    // location = azurerm_resource_group.aks.location = var.location
    expect(c.resource.location).toBe("westeurope");
    const acr = sink.facts.azureResources.find((r) => r.type === "Microsoft.ContainerRegistry/registries")!;
    expect(acr.resource.location).toBe("westeurope");
  });

  it("expands for_each over known maps and applies subnet associations", async () => {
    const sink = newSink();
    await loadTerraform(
      [
        {
          file: "net.tf",
          text: [
            'variable "subnets" {',
            "  default = {",
            '    nodes = { name = "snet-nodes", prefix = "10.0.0.0/22" }',
            '    pe    = { name = "snet-pe", prefix = "10.0.4.0/24" }',
            "  }",
            "}",
            'resource "azurerm_network_security_group" "nsg" {',
            '  name = "nsg-spoke"',
            "}",
            'resource "azurerm_subnet" "s" {',
            "  for_each             = var.subnets",
            "  name                 = each.value.name",
            '  virtual_network_name = "vnet-spoke"',
            "  address_prefixes     = [each.value.prefix]",
            "}",
            'resource "azurerm_subnet_network_security_group_association" "a" {',
            '  subnet_id                 = azurerm_subnet.s["nodes"].id',
            "  network_security_group_id = azurerm_network_security_group.nsg.id",
            "}",
          ].join("\n"),
        },
      ],
      [],
      sink,
    );
    const subnets = sink.facts.azureResources.filter(
      (r) => r.type === "Microsoft.Network/virtualNetworks/subnets",
    );
    expect(subnets.map((r) => [r.name, r.resource.properties])).toEqual([
      [
        "vnet-spoke/snet-nodes",
        {
          addressPrefixes: ["10.0.0.0/22"],
          networkSecurityGroup: {
            id: "/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/networkSecurityGroups/nsg-spoke",
          },
        },
      ],
      ["vnet-spoke/snet-pe", { addressPrefixes: ["10.0.4.0/24"] }],
    ]);
  });

  it("maps default_node_pool to a System pool and node pool resources to User pools", async () => {
    const sink = await loadFixture();
    const pools = sink.facts.clusters[0]!.agentPools;
    expect(pools.map((p) => p.id)).toEqual([
      "managedClusters/aks-contoso-prod/agentPools/system",
      "managedClusters/aks-contoso-prod/agentPools/apps",
    ]);
    expect(pools[0]!.properties).toMatchObject({
      mode: "System",
      vmSize: "Standard_D4ds_v5",
      enableAutoScaling: true,
      minCount: 3,
      maxCount: 6,
      availabilityZones: ["1", "2", "3"],
      osDiskType: "Ephemeral",
      nodeTaints: ["CriticalAddonsOnly=true:NoSchedule"],
      upgradeSettings: { maxSurge: "33%" },
    });
    expect(pools[1]!.properties).toMatchObject({ mode: "User", maxCount: 10, enableNodePublicIP: true });
  });

  it("locates ARM paths at the HCL attribute, and missing ones at the resource", async () => {
    const sink = await loadFixture();
    const c = sink.facts.clusters[0]!;
    expect(c.locate(["properties", "disableLocalAccounts"])).toEqual({
      file: main,
      line: 40,
      column: 3,
      path: "properties.disableLocalAccounts",
    });
    expect(c.locate(["properties", "networkProfile", "networkPluginMode"])).toMatchObject({
      line: 77,
      column: 5,
    });
    expect(c.locate(["sku", "tier"])).toMatchObject({ line: 39, column: 3 });
    expect(c.locate(["properties", "disableRunCommand"])).toMatchObject({ line: 33, column: 1 });
    expect(c.agentPools[0]!.locate(["vmSize"])).toMatchObject({ line: 52, column: 5, path: "vmSize" });
    expect(c.agentPools[1]!.locate(["enableNodePublicIP"])).toMatchObject({ line: 122, column: 3 });
  });

  it("exposes maintenance windows and related resources as Azure resources", async () => {
    const sink = await loadFixture();
    expect(sink.facts.azureResources.map((r) => r.id).sort()).toEqual([
      "Microsoft.ContainerRegistry/registries/crcontosoprod",
      "Microsoft.ContainerService/managedClusters/maintenanceConfigurations/aks-contoso-prod/aksManagedAutoUpgradeSchedule",
      "Microsoft.OperationalInsights/workspaces/log-contoso-prod",
      "Microsoft.Resources/resourceGroups/rg-aks-contoso-prod",
    ]);
    const mw = sink.facts.azureResources.find((r) => r.type.endsWith("maintenanceConfigurations"))!;
    expect(mw.resource.properties).toEqual({
      maintenanceWindow: {
        durationHours: 4,
        utcOffset: "+00:00",
        startTime: "02:00",
        schedule: { weekly: { intervalWeeks: 1, dayOfWeek: "Saturday" } },
      },
    });
    const acr = sink.facts.azureResources.find((r) => r.type === "Microsoft.ContainerRegistry/registries")!;
    expect(acr.resource).toMatchObject({
      sku: { name: "Premium" },
      properties: { adminUserEnabled: false, publicNetworkAccess: "Disabled" },
    });
  });

  it("expands dynamic blocks over known collections", async () => {
    const sink = newSink();
    await loadTerraform(
      [
        {
          file: "acr.tf",
          text: [
            'variable "replicas" { default = ["northeurope", "swedencentral"] }',
            'resource "azurerm_container_registry" "acr" {',
            '  name = "crcontoso"',
            '  sku  = "Premium"',
            '  dynamic "georeplications" {',
            "    for_each = var.replicas",
            "    content {",
            "      location                = georeplications.value",
            "      zone_redundancy_enabled = true",
            "    }",
            "  }",
            "}",
          ].join("\n"),
        },
      ],
      [],
      sink,
    );
    expect(sink.facts.azureResources[0]!.resource.properties).toEqual({
      replications: [
        { location: "northeurope", properties: { zoneRedundancy: "Enabled" } },
        { location: "swedencentral", properties: { zoneRedundancy: "Enabled" } },
      ],
    });
  });

  it("maps flow logs, disk encryption sets, firewall policies and run command like their ARM resources", async () => {
    const sink = newSink();
    await loadTerraform(
      [
        {
          file: "security.tf",
          text: [
            'resource "azurerm_network_watcher_flow_log" "spoke" {',
            '  name                 = "fl-vnet-contoso-prod"',
            '  network_watcher_name = "NetworkWatcher_westeurope"',
            '  resource_group_name  = "NetworkWatcherRG"',
            "  target_resource_id   = azurerm_virtual_network.spoke.id",
            "  storage_account_id   = azurerm_storage_account.flow_logs.id",
            "  enabled              = true",
            "  version              = 2",
            "  retention_policy {",
            "    enabled = true",
            "    days    = 90",
            "  }",
            "  traffic_analytics {",
            "    enabled               = true",
            '    workspace_id          = "00000000-0000-0000-0000-0000000000aa"',
            '    workspace_region      = "westeurope"',
            "    workspace_resource_id = azurerm_log_analytics_workspace.this.id",
            "    interval_in_minutes   = 10",
            "  }",
            "}",
            'resource "azurerm_disk_encryption_set" "this" {',
            '  name                      = "des-contoso-prod"',
            '  location                  = "westeurope"',
            '  resource_group_name       = "rg-contoso-prod"',
            "  key_vault_key_id          = azurerm_key_vault_key.disks.versionless_id",
            "  auto_key_rotation_enabled = true",
            '  encryption_type           = "EncryptionAtRestWithCustomerKey"',
            "  identity {",
            '    type = "SystemAssigned"',
            "  }",
            "}",
            'resource "azurerm_firewall_policy" "hub" {',
            '  name                     = "afwp-contoso-hub"',
            '  sku                      = "Premium"',
            '  threat_intelligence_mode = "Deny"',
            "  intrusion_detection {",
            '    mode = "Deny"',
            "  }",
            "}",
            'resource "azurerm_kubernetes_cluster" "this" {',
            '  name                   = "aks-contoso-prod"',
            "  private_cluster_enabled = true",
            "  run_command_enabled     = false",
            "  disk_encryption_set_id  = azurerm_disk_encryption_set.this.id",
            "}",
          ].join("\n"),
        },
      ],
      [],
      sink,
    );
    expect(sink.problems).toEqual([]);
    const byType = (t: string) => sink.facts.azureResources.find((r) => r.type === t)!.resource;
    expect(byType("Microsoft.Network/networkWatchers/flowLogs").properties).toMatchObject({
      enabled: true,
      format: { version: 2 },
      retentionPolicy: { enabled: true, days: 90 },
      flowAnalyticsConfiguration: {
        networkWatcherFlowAnalyticsConfiguration: { enabled: true, trafficAnalyticsInterval: 10 },
      },
    });
    expect(byType("Microsoft.Compute/diskEncryptionSets")).toMatchObject({
      identity: { type: "SystemAssigned" },
      properties: {
        encryptionType: "EncryptionAtRestWithCustomerKey",
        rotationToLatestKeyVersionEnabled: true,
      },
    });
    expect(byType("Microsoft.Network/firewallPolicies").properties).toEqual({
      sku: { tier: "Premium" },
      threatIntelMode: "Deny",
      intrusionDetection: { mode: "Deny" },
    });
    const cluster = sink.facts.clusters[0]!.resource.properties!;
    expect(cluster.apiServerAccessProfile).toMatchObject({
      enablePrivateCluster: true,
      disableRunCommand: true,
    });
    // `.id` of a resource in the configuration resolves to its ARM id.
    expect(cluster.diskEncryptionSetID).toMatch(
      /\/Microsoft\.Compute\/diskEncryptionSets\/des-contoso-prod$/,
    );
  });

  it("loads a whole module folder with its terraform.tfvars", async () => {
    const r = await loadInputs([main]);
    expect(r.problems).toEqual([]);
    expect(r.facts.clusters.map((c) => c.id)).toEqual(["managedClusters/aks-contoso-prod"]);
  });

  it("treats a variable without default or tfvars value as unknown", async () => {
    const sink = newSink();
    await loadTerraform(
      [
        {
          file: "m.tf",
          text: 'variable "tier" { type = string }\nresource "azurerm_kubernetes_cluster" "k" {\n  name = "aks"\n  sku_tier = var.tier\n}\n',
        },
      ],
      [],
      sink,
    );
    expect(sink.facts.clusters[0]!.resource.sku?.tier).toBeInstanceOf(Unknown);
  });

  it("reports invalid HCL with its line and column", async () => {
    const sink = newSink();
    await loadTerraform(
      [{ file: "bad.tf", text: 'resource "azurerm_kubernetes_cluster" "k" {\n  name = "x"\n' }],
      [],
      sink,
    );
    expect(sink.facts.clusters).toEqual([]);
    expect(sink.problems[0]).toMatchObject({ code: "invalid-hcl", location: { file: "bad.tf", line: 1 } });
  });
});
