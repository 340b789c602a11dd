import { describe, expect, it } from "vitest";
import { parseCluster, parseMaintenance, resourceGroupFromId } from "../../src/upgrade/cluster.js";
import { parseSource } from "../../src/upgrade/json-source.js";
import { blueGreenPoolName } from "../../src/upgrade/plan.js";
import { specStrategy } from "../../src/upgrade/strategy.js";
import { loadPlatformText } from "../../src/spec/index.js";
import { surgeNodes } from "../../src/upgrade/surge.js";
import { maxNodeSkew } from "../../src/upgrade/versions.js";
import { InputError } from "../../src/errors.js";

describe("upgrade units", () => {
  it("maxSurge as a count or a percentage rounded up, at least one node", () => {
    expect(surgeNodes("33%", 3)).toBe(1);
    expect(surgeNodes("33%", 10)).toBe(4);
    expect(surgeNodes("50%", 5)).toBe(3);
    expect(surgeNodes("10%", 2)).toBe(1);
    expect(surgeNodes("100%", 4)).toBe(4);
    expect(surgeNodes("2", 10)).toBe(2);
    expect(surgeNodes("lots", 10)).toBeUndefined();
  });

  it("node pools may lag 3 minors from 1.28, 2 before", () => {
    expect(maxNodeSkew({ major: 1, minor: 28 })).toBe(3);
    expect(maxNodeSkew({ major: 1, minor: 27 })).toBe(2);
  });

  it("blue-green pool names fit AKS's 12 characters", () => {
    expect(blueGreenPoolName("apps", { major: 1, minor: 32 })).toBe("appsv132");
    expect(blueGreenPoolName("workloadpool", { major: 1, minor: 32 })).toBe("workloadv132");
  });

  it("reads the ARM shape as well as az aks show's flattened one", () => {
    const c = parseCluster(
      parseSource(
        "arm.json",
        JSON.stringify({
          id: "/subscriptions/x/resourceGroups/rg-a/providers/Microsoft.ContainerService/managedClusters/aks-a",
          name: "aks-a",
          properties: {
            kubernetesVersion: "1.31.1",
            agentPoolProfiles: [{ name: "system", count: 3, mode: "System", maxPods: 110 }],
          },
        }),
      ),
    );
    expect(c.resourceGroup).toBe("rg-a");
    expect(c.pools[0]).toMatchObject({ name: "system", count: 3, maxPods: 110 });
  });

  it("reports a missing kubernetesVersion at its file:line:col", () => {
    let err: unknown;
    try {
      parseCluster(parseSource("aks.json", '{\n  "name": "aks-a",\n  "agentPoolProfiles": []\n}\n'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).diagnostics[0]).toMatchObject({
      code: "missing-field",
      message: "cluster has no kubernetesVersion",
      location: { file: "aks.json", line: 1, column: 1, path: "kubernetesVersion" },
    });
  });

  it("reads the resource group from an ARM id", () => {
    expect(resourceGroupFromId("/subscriptions/s/resourcegroups/rg-x/providers/p")).toBe("rg-x");
  });

  it("describes timeInWeek maintenance windows", () => {
    const w = parseMaintenance(
      parseSource("m.json", '[{"name":"default","timeInWeek":[{"day":"Sunday","hourSlots":[1,2]}]}]'),
    );
    expect(w).toEqual([{ name: "default", schedule: "Sunday hours 1,2 UTC" }]);
  });

  it("reads the spec's upgrade strategy through the spec loader, an environment's override first", () => {
    const platform = loadPlatformText(
      "akskit.yaml",
      "apiVersion: akskit.dev/v1alpha1\nkind: Platform\nmetadata: { name: demo }\nspec:\n  preset: dev\n  location: westeurope\n  upgrades:\n    strategy: rolling\n  environments:\n    dev: {}\n    prod:\n      upgrades:\n        strategy: blue-green\n",
    );
    expect(specStrategy(platform, "prod")).toBe("blue-green");
    expect(specStrategy(platform, "dev")).toBe("rolling");
    expect(() => specStrategy(platform)).toThrow("pass --env to choose one");
  });

  it("takes the preset's default when the spec names no strategy", () => {
    const platform = loadPlatformText(
      "akskit.yaml",
      "apiVersion: akskit.dev/v1alpha1\nkind: Platform\nmetadata: { name: demo }\nspec: { preset: dev, location: westeurope }\n",
    );
    expect(specStrategy(platform)).toBe("rolling");
  });

  it("rejects an unknown strategy at its location", () => {
    let error: unknown;
    try {
      loadPlatformText(
        "akskit.yaml",
        "apiVersion: akskit.dev/v1alpha1\nkind: Platform\nmetadata: { name: demo }\nspec:\n  preset: dev\n  location: westeurope\n  upgrades:\n    strategy: canary\n",
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]?.location).toMatchObject({
      line: 8,
      column: 15,
      path: "spec.upgrades.strategy",
    });
  });
});
