import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadArm } from "../../../src/audit/loaders/arm.js";
import { Unknown } from "../../../src/audit/facts.js";
import { FIXTURES, newSink } from "../helpers.js";

const file = `${FIXTURES}/arm/main.json`;
const template = { file, text: readFileSync(file, "utf8") };
const parameters = {
  file: `${FIXTURES}/arm/main.parameters.json`,
  text: readFileSync(`${FIXTURES}/arm/main.parameters.json`, "utf8"),
};

describe("ARM template loader", () => {
  it("uses parameter defaults, leaving deployment-time values unknown", () => {
    const sink = newSink();
    loadArm(template, sink);
    expect(sink.problems).toEqual([]);
    const c = sink.facts.clusters[0]!;
    expect(c.id).toBe("managedClusters/aks-contoso-dev");
    expect(c.resource.sku).toEqual({ name: "Base", tier: "Free" });
    expect(c.resource.properties?.disableLocalAccounts).toBe(false);
    expect(c.resource.location).toBeInstanceOf(Unknown);
    expect(
      (c.resource.properties?.addonProfiles as { omsagent: { config: Record<string, unknown> } }).omsagent
        .config.logAnalyticsWorkspaceResourceID,
    ).toBeInstanceOf(Unknown);
  });

  it("applies a parameters file over the defaults", () => {
    const sink = newSink();
    loadArm(template, sink, parameters);
    const c = sink.facts.clusters[0]!;
    expect(c.name).toBe("aks-contoso-prod");
    expect(c.resource.sku).toEqual({ name: "Base", tier: "Standard" });
    expect(c.resource.properties?.disableLocalAccounts).toBe(true);
    expect((c.resource.properties?.aadProfile as Record<string, unknown>).adminGroupObjectIDs).toEqual([
      "00000000-0000-0000-0000-00000000a001",
    ]);
    expect(c.agentPools.find((p) => p.name === "system")?.properties.count).toBe(3);
  });

  it("attaches inline and child agent pools to their cluster", () => {
    const sink = newSink();
    loadArm(template, sink, parameters);
    const pools = sink.facts.clusters[0]!.agentPools;
    expect(pools.map((p) => p.id)).toEqual([
      "managedClusters/aks-contoso-prod/agentPools/system",
      "managedClusters/aks-contoso-prod/agentPools/apps",
    ]);
    expect(pools[1]!.properties).toMatchObject({ name: "apps", mode: "User", enableNodePublicIP: true });
  });

  it("loads nested deployments with inner scope and their own parameters", () => {
    const sink = newSink();
    loadArm(template, sink, parameters);
    expect(sink.facts.azureResources.map((r) => r.id)).toEqual([
      "Microsoft.ContainerRegistry/registries/crakscontosoprod",
    ]);
    expect(sink.facts.azureResources[0]!.resource.sku).toEqual({ name: "Basic" });
  });

  it("locates cluster, pool and nested paths in the template", () => {
    const sink = newSink();
    loadArm(template, sink, parameters);
    const c = sink.facts.clusters[0]!;
    expect(c.locate(["properties", "disableLocalAccounts"])).toEqual({
      file,
      line: 29,
      column: 9,
      path: "properties.disableLocalAccounts",
    });
    expect(c.agentPools[0]!.locate(["osDiskType"])).toMatchObject({
      line: 58,
      column: 13,
      path: "osDiskType",
    });
    expect(c.agentPools[1]!.locate(["enableNodePublicIP"])).toMatchObject({ line: 75, column: 9 });
    expect(sink.facts.azureResources[0]!.locate(["properties", "adminUserEnabled"])).toMatchObject({
      line: 97,
      column: 31,
    });
  });

  it("reports a template that is not JSON", () => {
    const sink = newSink();
    loadArm({ file: "t.json", text: "{ nope" }, sink);
    expect(sink.problems[0]).toMatchObject({ code: "invalid-json", location: { file: "t.json" } });
  });

  it("skips resources whose condition is false and existing references", () => {
    const sink = newSink();
    const text = JSON.stringify({
      $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      contentVersion: "1.0.0.0",
      parameters: { deployAcr: { type: "bool", defaultValue: false } },
      resources: {
        acr: {
          condition: "[parameters('deployAcr')]",
          type: "Microsoft.ContainerRegistry/registries",
          name: "cr1",
        },
        vnet: { existing: true, type: "Microsoft.Network/virtualNetworks", name: "vnet" },
        kv: { type: "Microsoft.KeyVault/vaults", name: "kv-1", properties: { enablePurgeProtection: true } },
      },
    });
    loadArm({ file: "sym.json", text }, sink);
    expect(sink.facts.azureResources.map((r) => r.id)).toEqual(["Microsoft.KeyVault/vaults/kv-1"]);
  });
});
