import { describe, expect, it } from "vitest";
import { loadForPlan, loadForPlanText } from "../../src/plan/load.js";
import { plan } from "../../src/plan/plan.js";
import { renderJson } from "../../src/plan/report/json.js";
import { renderMarkdown } from "../../src/plan/report/markdown.js";
import { renderText } from "../../src/plan/report/text.js";
import { SEED_004_SPEC, SMALL_DEV_SPEC } from "./specs.js";

describe("plan reports", () => {
  it("JSON has the documented shape (docs/plan.md, JSON format)", async () => {
    const report = JSON.parse(renderJson(plan(await loadForPlan("examples/production.yaml"))));
    expect(Object.keys(report)).toEqual([
      "schemaVersion",
      "platform",
      "prices",
      "hub",
      "environments",
      "total",
      "validation",
      "summary",
    ]);
    expect(report.schemaVersion).toBe(1);
    expect(report.platform).toEqual({
      name: "algesta",
      specFile: "examples/production.yaml",
      preset: "production",
      environments: ["dev", "qa", "prod"],
    });
    expect(Object.keys(report.prices)).toEqual([
      "source",
      "vmPricesDate",
      "servicePricesDate",
      "currency",
      "hoursPerMonth",
      "notes",
    ]);
    expect(Object.keys(report.hub)).toEqual([
      "resourceGroup",
      "vnet",
      "addressSpace",
      "location",
      "environments",
      "summary",
      "subnets",
      "cost",
    ]);
    const env = report.environments[2];
    expect(Object.keys(env)).toEqual([
      "name",
      "location",
      "resourceGroup",
      "cluster",
      "settings",
      "network",
      "capacity",
      "cost",
      "problems",
      "findings",
    ]);
    expect(Object.keys(env.network)).toEqual(["vnets", "subnets", "ranges", "unplaced"]);
    expect(env.findings).toEqual({ level: "production", items: [], accepted: 6 });
    expect(Object.keys(env.network.subnets[0])).toEqual([
      "vnet",
      "key",
      "name",
      "cidr",
      "purpose",
      "size",
      "usable",
      "needed",
      "free",
      "percentUsed",
      "basis",
      "origin",
    ]);
    expect(Object.keys(env.cost)).toEqual(["lines", "total", "unpriced"]);
    expect(Object.keys(env.cost.lines[0])).toEqual([
      "category",
      "item",
      "unit",
      "unitPrice",
      "quantity",
      "monthly",
      "assumption",
      "source",
    ]);
    expect(env.settings.find((s: { path: string }) => s.path === "nodePools.apps.max")).toEqual({
      path: "nodePools.apps.max",
      value: "30",
      from: "environment prod",
      origin: { kind: "environment", environment: "prod" },
    });
    expect(report.total).toEqual({ min: 9278.71, max: 40479.27 });
  });

  it("shows where each setting came from: preset, spec, environment, derived", async () => {
    const report = plan(await loadForPlan("examples/production.yaml"), { env: "dev" });
    const from = Object.fromEntries(report.environments[0]!.settings.map((s) => [s.path, s.from]));
    expect(from["tier"]).toBe("environment dev");
    expect(from["kubernetesVersion"]).toBe("preset production");
    expect(from["network.plugin"]).toBe("spec");
    expect(from["network.spokeAddressSpace"]).toBe("spec");
    expect(from["nodePools.system.vmSize"]).toBe("environment dev");
    expect(from["nodePools.apps.maxPods"]).toBe("derived: nodePoolDefaults (preset production)");
    expect(from["nodePools.apps.surgeNodes"]).toBe("derived: maxSurge 33% of max 5");
    const qa = plan(await loadForPlan("examples/production.yaml"), { env: "qa" });
    expect(qa.environments[0]!.settings.find((s) => s.path === "network.spokeAddressSpace")).toEqual({
      path: "network.spokeAddressSpace",
      value: "10.241.0.0/16",
      from: "derived: the spec's spoke 10.240.0.0/16 shifted by 1 × /16 for environment #2",
      origin: {
        kind: "derived",
        reason: "the spec's spoke 10.240.0.0/16 shifted by 1 × /16 for environment #2",
      },
    });
  });

  it("text fits in 100 columns and is stable (snapshot)", async () => {
    const text = renderText(plan(loadForPlanText("small.yaml", SMALL_DEV_SPEC)));
    expect(text.split("\n").filter((l) => [...l].length > 100)).toEqual([]);
    await expect(text).toMatchFileSnapshot("__snapshots__/small-dev.txt");
  });

  it("text of seed 004's spec ends with the problem, its location and the fix", () => {
    const text = renderText(plan(loadForPlanText("seed.yaml", SEED_004_SPEC)));
    expect(text.split("\n").filter((l) => [...l].length > 100)).toEqual([]);
    expect(text).toContain(
      "  seed.yaml:11:27: error: subnet snet-user-nodes 10.240.4.0/22 has 1019 usable addresses; classic\n" +
        "  Azure CNI: 1 + maxPods 110 = 111 addresses per node, so it holds 9 nodes, but its pools reach 27\n" +
        "  nodes (apps 20 max + 7 surge) needing 2997 addresses [subnet-too-small]\n" +
        "      → Use network.plugin azure-overlay (1 address per node), lower maxPods, or give a larger\n" +
        "      subnet.\n",
    );
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      "1 error and 1 warning: the plan does not hold at max scale.",
    );
  });

  it("text of examples/production.yaml is stable (snapshot)", async () => {
    const text = renderText(plan(await loadForPlan("examples/production.yaml")));
    expect(text.split("\n").filter((l) => [...l].length > 100)).toEqual([]);
    await expect(text).toMatchFileSnapshot("__snapshots__/production.txt");
  });

  it("Markdown has the summary, hub, environments and escaped cells", async () => {
    const md = renderMarkdown(plan(await loadForPlan("examples/production.yaml"), { env: "prod" }));
    expect(md).toContain(
      "| Monthly cost (USD) | Min | Max |\n| --- | ---: | ---: |\n| hub (shared) | $1,285.85 | $1,348.25 |",
    );
    expect(md).toContain("## Environment prod");
    expect(md).toContain("| `nodePools.apps.max` | 30 | environment prod |");
    expect(md).toContain("| **Total** |  |  |  | **$3,216.72** | **$19,986.54** |  |");
    await expect(md).toMatchFileSnapshot("__snapshots__/production.prod.md");
  });

  it("is deterministic: the same input gives byte-identical output", async () => {
    const a = renderJson(plan(await loadForPlan("examples/production.yaml")));
    const b = renderJson(plan(await loadForPlan("examples/production.yaml")));
    expect(a).toBe(b);
  });
});
