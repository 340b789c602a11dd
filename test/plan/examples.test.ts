import { describe, expect, it } from "vitest";
import { loadForPlan } from "../../src/plan/load.js";
import { plan } from "../../src/plan/plan.js";

describe("plan of every shipped example", () => {
  it("examples/minimal.yaml: one standalone environment, no hub, no problems, every item priced", async () => {
    const report = plan(await loadForPlan("examples/minimal.yaml"));
    expect(report.hub).toBeUndefined();
    expect(report.summary.errors).toBe(0);
    expect(report.environments.flatMap((e) => e.cost.unpriced)).toEqual([]);
  });

  it("examples/production.yaml: three environments and a hub, no problems, every item priced", async () => {
    const report = plan(await loadForPlan("examples/production.yaml"));
    expect(report.environments.map((e) => e.name)).toEqual(["dev", "qa", "prod"]);
    expect(report.hub?.resourceGroup).toBe("rg-algesta-hub");
    expect(report.summary.errors).toBe(0);
    expect(report.environments.flatMap((e) => e.cost.unpriced)).toEqual([]);
  });

  it("examples/regulated.yaml: a Premium firewall hub, no problems, every item priced", async () => {
    const report = plan(await loadForPlan("examples/regulated.yaml"));
    expect(report.hub?.cost.lines[0]?.item).toBe("Azure Firewall Premium");
    expect(report.summary.errors).toBe(0);
    expect(report.environments.flatMap((e) => e.cost.unpriced)).toEqual([]);
  });
});
