import { readFile, readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadPlatform } from "../../src/spec/index.js";
import { specJsonSchemaText } from "../../src/spec/json-schema.js";
import { renderSpecDocs } from "../../src/spec/docs.js";
import { renderSpecTemplate } from "../../src/spec/template.js";
import { loadPlatformText } from "../../src/spec/index.js";

describe("shipped examples", () => {
  it("the examples folder holds the three documented examples", async () => {
    const files = (await readdir("examples")).filter((f) => f.endsWith(".yaml")).sort();
    expect(files).toEqual(["minimal.yaml", "production.yaml", "regulated.yaml"]);
  });

  it("examples/minimal.yaml loads and validates without errors or warnings", async () => {
    const p = await loadPlatform("examples/minimal.yaml");
    expect(p.validation.diagnostics).toEqual([]);
    expect(p.model.clusters.map((c) => c.environment)).toEqual(["dev"]);
  });

  it("examples/production.yaml: three environments, hub-spoke, seed 001's four services", async () => {
    const p = await loadPlatform("examples/production.yaml");
    expect(p.validation.diagnostics).toEqual([]);
    expect(p.model.clusters.map((c) => c.environment)).toEqual(["dev", "qa", "prod"]);
    expect(p.model.clusters[0]!.workloads.map((w) => w.name)).toEqual([
      "api-gateway",
      "orders",
      "notifications",
      "provider",
    ]);
    expect(p.model.clusters.map((c) => c.settings.network.spokeAddressSpace)).toEqual([
      "10.240.0.0/16",
      "10.241.0.0/16",
      "10.242.0.0/16",
    ]);
    expect(p.model.clusters[2]!.settings.network.topology).toBe("hub-spoke");
  });

  it("examples/regulated.yaml loads and validates without errors or warnings", async () => {
    const p = await loadPlatform("examples/regulated.yaml");
    expect(p.validation.diagnostics).toEqual([]);
    expect(p.model.clusters[1]!.settings.apiServer.access).toBe("vnet-integration");
  });
});

describe("presets", () => {
  it("a spec with only a preset validates for each preset", () => {
    for (const preset of ["dev", "production", "regulated"]) {
      const text = `apiVersion: akskit.dev/v1alpha1\nkind: Platform\nmetadata: { name: demo }\nspec: { preset: ${preset}, location: westeurope }\n`;
      const errors = loadPlatformText("p.yaml", text).validation.diagnostics.filter(
        (d) => d.severity === "error",
      );
      expect(errors).toEqual([]);
    }
  });

  it("init's template is a valid spec for each preset", () => {
    expect(() =>
      loadPlatformText(
        "t.yaml",
        renderSpecTemplate({ preset: "dev", name: "demo", location: "westeurope", environments: ["dev"] }),
      ),
    ).not.toThrow();
    expect(() =>
      loadPlatformText(
        "t.yaml",
        renderSpecTemplate({
          preset: "production",
          name: "demo",
          location: "westeurope",
          environments: ["dev", "qa", "prod"],
        }),
      ),
    ).not.toThrow();
    expect(() =>
      loadPlatformText(
        "t.yaml",
        renderSpecTemplate({
          preset: "regulated",
          name: "demo",
          location: "northeurope",
          environments: ["staging", "prod"],
        }),
      ),
    ).not.toThrow();
  });
});

describe("generated files are current (run npm run generate)", () => {
  it("schema/akskit.schema.json equals the schema generated from src/spec/schema.ts", async () => {
    expect(await readFile("schema/akskit.schema.json", "utf8")).toBe(specJsonSchemaText());
  });
  it("docs/spec.md equals the page generated from the schema and presets", async () => {
    expect(await readFile("docs/spec.md", "utf8")).toBe(renderSpecDocs());
  });
});

describe("derived values", () => {
  it("the regulated preset replicates the registry to the paired region unless the spec names regions", () => {
    const spec = (extra: string) =>
      `apiVersion: akskit.dev/v1alpha1\nkind: Platform\nmetadata: { name: demo }\nspec: { preset: regulated, location: westeurope${extra} }\n`;
    const derived = loadPlatformText("r.yaml", spec("")).model.clusters[0]!;
    expect(derived.settings.registry.geoReplicas).toEqual(["northeurope"]);
    expect(derived.origins["registry.geoReplicas"]).toEqual({
      kind: "derived",
      reason: "the paired region of westeurope (regulated preset)",
    });
    const chosen = loadPlatformText("r.yaml", spec(", registry: { geoReplicas: [swedencentral] }")).model
      .clusters[0]!;
    expect(chosen.settings.registry.geoReplicas).toEqual(["swedencentral"]);
  });
});
