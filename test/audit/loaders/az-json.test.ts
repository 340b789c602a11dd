import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadAzJson, isAzJson } from "../../../src/audit/loaders/az-json.js";
import { loadInputs } from "../../../src/audit/load.js";
import { FIXTURES, newSink } from "../helpers.js";

const show = `${FIXTURES}/az/aks-show.json`;
const pools = `${FIXTURES}/az/nodepool-list.json`;

describe("az JSON loader", () => {
  it("puts flattened `az aks show` properties back under properties", () => {
    const sink = newSink();
    loadAzJson({ file: show, text: readFileSync(show, "utf8") }, sink);
    const c = sink.facts.clusters[0]!;
    expect(c.id).toBe("managedClusters/aks-contoso-prod");
    expect(c.resource.type).toBe("Microsoft.ContainerService/managedClusters");
    expect(c.resource.sku).toEqual({ name: "Base", tier: "Free" });
    expect(c.resource.properties?.disableLocalAccounts).toBe(false);
    expect((c.resource.properties?.networkProfile as Record<string, unknown>).networkPluginMode).toBe(
      "overlay",
    );
    expect(c.resource.properties).not.toHaveProperty("sku");
    expect(c.agentPools.map((p) => p.name)).toEqual(["system", "apps"]);
  });

  it("maps ARM paths back to the flat keys", () => {
    const sink = newSink();
    loadAzJson({ file: show, text: readFileSync(show, "utf8") }, sink);
    const c = sink.facts.clusters[0]!;
    expect(c.locate(["properties", "disableLocalAccounts"])).toEqual({
      file: show,
      line: 76,
      column: 3,
      path: "properties.disableLocalAccounts",
    });
    expect(c.locate(["sku", "tier"])).toMatchObject({ line: 105, column: 28 });
    expect(c.agentPools[1]!.locate(["enableNodePublicIp"])).toMatchObject({
      line: 53,
      column: 7,
      path: "enableNodePublicIp",
    });
  });

  it("merges `az aks nodepool list` pools into the cluster, in either input order", async () => {
    const r = await loadInputs([pools, show]);
    expect(r.problems).toEqual([]);
    const c = r.facts.clusters[0]!;
    expect(c.agentPools.map((p) => p.name).sort()).toEqual(["apps", "spot", "system"]);
    const spot = c.agentPools.find((p) => p.name === "spot")!;
    expect(spot.properties.scaleSetPriority).toBe("Spot");
    expect(spot.source.file).toBe(pools);
  });

  it("reports pools whose cluster is not among the inputs", async () => {
    const r = await loadInputs([pools]);
    expect(r.facts.clusters).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(["orphan-agent-pool", "orphan-agent-pool"]);
  });

  it("recognizes az output by its resource ids", () => {
    expect(isAzJson(JSON.parse(readFileSync(show, "utf8")))).toBe(true);
    expect(isAzJson({ apiVersion: "v1", kind: "List", items: [] })).toBe(false);
  });

  it("keeps `az resource show` output (already ARM-shaped) as it is", () => {
    const sink = newSink();
    const text = JSON.stringify({
      id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-prod",
      name: "kv-prod",
      type: "Microsoft.KeyVault/vaults",
      location: "westeurope",
      properties: { enablePurgeProtection: null, publicNetworkAccess: "Enabled" },
    });
    loadAzJson({ file: "kv.json", text }, sink);
    const kv = sink.facts.azureResources[0]!;
    expect(kv.id).toBe("Microsoft.KeyVault/vaults/kv-prod");
    expect(kv.resource.properties).toEqual({ enablePurgeProtection: null, publicNetworkAccess: "Enabled" });
    expect(kv.locate(["properties", "publicNetworkAccess"])).toMatchObject({ line: 1, column: 207 });
  });
});
