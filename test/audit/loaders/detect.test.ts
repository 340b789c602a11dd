import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonKind, kindByName, textKind } from "../../../src/audit/loaders/detect.js";
import { loadInputs } from "../../../src/audit/load.js";
import { FIXTURES } from "../helpers.js";

describe("input detection", () => {
  it("classifies by file name", () => {
    expect(kindByName("infra/main.tf")).toBe("terraform");
    expect(kindByName("prod.tfvars")).toBe("tfvars");
    expect(kindByName("x.auto.tfvars.json")).toBe("tfvars");
    expect(kindByName("main.bicep")).toBe("bicep");
    expect(kindByName("deploy.YML")).toBe("yaml");
    expect(kindByName("aks.json")).toBe("json");
    expect(kindByName("README.md")).toBe("other");
  });

  it("classifies JSON by content", () => {
    expect(
      jsonKind({
        $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        resources: [],
      }),
    ).toBe("arm");
    expect(
      jsonKind({
        $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
      }),
    ).toBe("arm-parameters");
    expect(
      jsonKind({
        id: "/subscriptions/x/resourceGroups/y/providers/Microsoft.ContainerService/managedClusters/z",
        agentPoolProfiles: [],
      }),
    ).toBe("az-json");
    expect(jsonKind({ apiVersion: "v1", kind: "List", items: [] })).toBe("kubernetes");
  });

  it("classifies stdin text", () => {
    expect(textKind('  {"kind":"List"}')).toBe("json");
    expect(textKind('resource "azurerm_kubernetes_cluster" "k" {\n}')).toBe("hcl");
    expect(textKind("apiVersion: v1\nkind: Namespace\n")).toBe("yaml");
  });
});

describe("loadInputs", () => {
  it("walks a folder of mixed inputs into one set of facts", async () => {
    const r = await loadInputs([FIXTURES]);
    expect(r.problems).toEqual([]);
    expect(r.facts.clusters.map((c) => `${c.source.kind}:${c.id}`).sort()).toEqual([
      "arm:managedClusters/aks-contoso-prod",
      "az-json:managedClusters/aks-contoso-prod",
      "terraform:managedClusters/aks-contoso-prod",
    ]);
    expect(r.facts.kubeObjects).toHaveLength(6);
    expect(r.stats.files).toBe(9);
  });

  it("applies --exclude globs", async () => {
    const r = await loadInputs([FIXTURES], { exclude: ["**/terraform/**", "*.yaml"] });
    expect(r.facts.clusters.map((c) => c.source.kind).sort()).toEqual(["arm", "az-json"]);
    expect(r.facts.kubeObjects.map((o) => o.source.file)).not.toContain(`${FIXTURES}/kube/multi.yaml`);
  });

  it("reads stdin for `-`, detecting the format", async () => {
    const yaml = await loadInputs(["-"], {
      readStdin: () => Promise.resolve("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n"),
    });
    expect(yaml.facts.kubeObjects.map((o) => `${o.source.file}:${o.id}`)).toEqual(["<stdin>:Namespace/a"]);
    const hcl = await loadInputs(["-"], {
      readStdin: () => Promise.resolve('resource "azurerm_kubernetes_cluster" "k" {\n  name = "aks-1"\n}\n'),
    });
    expect(hcl.facts.clusters.map((c) => c.id)).toEqual(["managedClusters/aks-1"]);
  });

  it("reports missing paths, Bicep sources and akskit specs, and still loads the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "akskit-detect-"));
    writeFileSync(join(dir, "main.bicep"), "resource x 'y' = {}\n");
    writeFileSync(join(dir, "akskit.yaml"), "apiVersion: akskit.dev/v1alpha1\nkind: Platform\n");
    writeFileSync(join(dir, "ns.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: ok}\n");
    const r = await loadInputs([
      join(dir, "nope.yaml"),
      join(dir, "main.bicep"),
      join(dir, "akskit.yaml"),
      join(dir, "ns.yaml"),
    ]);
    expect(r.problems.map((p) => `${p.severity}:${p.code}`).sort()).toEqual([
      "error:file-not-found",
      "warning:akskit-spec",
      "warning:bicep-not-compiled",
    ]);
    expect(r.facts.kubeObjects.map((o) => o.id)).toEqual(["Namespace/ok"]);
  });

  it("skips unrelated files found in a folder silently but not named ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "akskit-walk-"));
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, ".github", "ci.yaml"), "on: push\n");
    writeFileSync(join(dir, "compose.yaml"), "services: {}\n");
    writeFileSync(join(dir, "package.json"), '{"name":"x"}');
    expect((await loadInputs([dir])).problems).toEqual([]);
    expect((await loadInputs([join(dir, "compose.yaml")])).problems.map((p) => p.code)).toEqual([
      "not-kubernetes",
    ]);
  });
});
