import { describe, expect, it } from "vitest";
import { environmentCost, hubCost } from "../../src/plan/cost/estimate.js";
import { TABLE_PRICES } from "../../src/plan/cost/prices.js";
import { loadForPlan, loadForPlanText } from "../../src/plan/load.js";
import { plan } from "../../src/plan/plan.js";
import { SMALL_DEV_SPEC, presetSpec } from "./specs.js";

const small = () => loadForPlanText("small.yaml", SMALL_DEV_SPEC).model.clusters[0]!;

describe("cost line items with the built-in table", () => {
  it("prices a small dev platform line by line (westeurope, min and max node counts)", () => {
    const cost = environmentCost(small(), TABLE_PRICES);
    expect(
      cost.lines.map((l) => [
        l.item,
        l.quantity.min,
        l.quantity.max,
        l.unitPrice,
        l.monthly.min,
        l.monthly.max,
      ]),
    ).toEqual([
      // D2ds_v5 in westeurope: $0.136/h; 1–3 nodes × 730 h.
      ["Nodes: system (Standard_D2ds_v5)", 730, 2190, 0.136, 99.28, 297.84],
      // D4ds_v5 in westeurope: $0.272/h; 2–4 nodes × 730 h.
      ["Nodes: apps (Standard_D4ds_v5)", 1460, 2920, 0.272, 397.12, 794.24],
      ["AKS Free tier", 730, 730, 0, 0, 0],
      ["Standard Load Balancer", 730, 730, 0.025, 18.25, 18.25],
      ["Public IP addresses (Standard, static)", 730, 730, 0.005, 3.65, 3.65],
      ["Key Vault operations", 1, 1, 0.03, 0.03, 0.03],
      // (3–7 nodes × 1 GB + 1.1 GB control plane) × 30.4167 days × $2.30.
      ["Log Analytics ingestion", 124.7083, 246.375, 2.3, 286.83, 566.66],
      // 2000 series × 2880 samples/day × 30.4167 days × 3–7 nodes / 1e6 × $0.016.
      ["Managed Prometheus ingestion", 525.6, 1226.4, 0.016, 8.41, 19.62],
      ["Container Registry Basic", 30.4167, 30.4167, 0.167, 5.08, 5.08],
    ]);
    expect(cost.total).toEqual({ min: 818.65, max: 1705.37 });
    expect(cost.unpriced).toEqual([]);
  });

  it("states the assumption behind every quantity", () => {
    const cost = environmentCost(small(), TABLE_PRICES);
    const byItem = Object.fromEntries(cost.lines.map((l) => [l.item, l.assumption]));
    expect(byItem["Nodes: system (Standard_D2ds_v5)"]).toBe("1–3 nodes × 730 h");
    expect(byItem["Log Analytics ingestion"]).toBe(
      "4.1–8.1 GB/day × 30.42 days: 1 GB/node/day Container Insights (3–7 nodes) + control-plane categories kube-audit-admin, guard",
    );
    expect(byItem["Standard Load Balancer"]).toBe(
      "1 load balancer with up to 5 rules: public (outbound + ingress); data processed ($0.005/GB) not included",
    );
    expect(cost.lines.every((l) => l.assumption.length > 0 && l.source.length > 0)).toBe(true);
  });

  it("prices Spot pools at the assumed 70% discount and says so", async () => {
    const prod = (await loadForPlan("examples/production.yaml")).model.clusters.find(
      (c) => c.environment === "prod",
    )!;
    const spot = environmentCost(prod, TABLE_PRICES).lines.find((l) => l.item.startsWith("Nodes: spot"))!;
    expect(spot.item).toBe("Nodes: spot (Standard_D4ds_v5, Spot)");
    expect(spot.unitPrice).toBe(0.0816);
    expect(spot.monthly).toEqual({ min: 0, max: 595.68 });
    expect(spot.assumption).toContain("Spot at an assumed 70% below pay-as-you-go $0.272/h");
  });

  it("prices the production example's prod environment and its shared hub", async () => {
    const platform = await loadForPlan("examples/production.yaml");
    const prod = platform.model.clusters.find((c) => c.environment === "prod")!;
    const cost = environmentCost(prod, TABLE_PRICES);
    expect(cost.lines.map((l) => l.item)).toEqual([
      "Nodes: system (Standard_D4ds_v5)",
      "Nodes: apps (Standard_D8ds_v5)",
      "Nodes: spot (Standard_D4ds_v5, Spot)",
      "AKS Standard tier",
      "Standard Load Balancer",
      "Public IP addresses (Standard, static)",
      "Application Gateway WAF_v2 (fixed)",
      "Application Gateway WAF_v2 (capacity units)",
      "Private endpoints",
      "Private endpoint data processed",
      "Defender for Containers",
      "Key Vault operations",
      "Log Analytics ingestion",
      "Managed Prometheus ingestion",
      "Managed Grafana Standard (instance)",
      "Managed Grafana Standard (active users)",
      "Container Registry Premium",
      "Container Registry geo-replicas",
      "Backup storage (velero)",
    ]);
    expect(cost.total).toEqual({ min: 3216.72, max: 19986.54 });
    const hub = hubCost(platform.model.clusters, TABLE_PRICES)!;
    expect(hub.lines.map((l) => [l.item, l.monthly.min, l.monthly.max])).toEqual([
      ["Azure Firewall Standard", 912.5, 912.5],
      // 50 GB/node/month × 15–93 nodes of dev, qa and prod × $0.016.
      ["Azure Firewall data processed", 12, 74.4],
      ["Azure Bastion Standard", 211.7, 211.7],
      ["VPN gateway VpnGw1", 138.7, 138.7],
      ["Public IP addresses (Standard, static)", 10.95, 10.95],
    ]);
    expect(hub.total).toEqual({ min: 1285.85, max: 1348.25 });
  });

  it("adds managed OS disks, Premium tier and log retention for the regulated preset", () => {
    const text = `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: reg }
spec:
  preset: regulated
  location: westeurope
  ingress: { tls: { issuer: letsencrypt, email: ops@reg.example } }
  nodePoolDefaults: { osDiskType: Managed }
  environments: { prod: {} }
`;
    const model = loadForPlanText("reg.yaml", text).model.clusters[0]!;
    const lines = environmentCost(model, TABLE_PRICES).lines;
    const get = (item: string) => lines.find((l) => l.item === item)!;
    expect(get("AKS Premium tier").monthly).toEqual({ min: 438, max: 438 });
    expect(get("Managed OS disks: system (P10)").monthly).toEqual({ min: 59.13, max: 118.26 });
    expect(get("Managed OS disks: apps (P10)").monthly).toEqual({ min: 59.13, max: 394.2 });
    // kube-audit (5 GB/day) + 6 more categories at 0.1 + 6–26 nodes × 1 GB, kept 334 days beyond 31.
    expect(get("Log Analytics retention").quantity).toEqual({ min: 3874.4, max: 10554.4 });
  });

  it("leaves out of the totals a VM size the table does not know, and says so", () => {
    const text = SMALL_DEV_SPEC.replace("Standard_D4ds_v5", "Standard_L8s_v3");
    const cost = environmentCost(loadForPlanText("l.yaml", text).model.clusters[0]!, TABLE_PRICES);
    const apps = cost.lines.find((l) => l.item.startsWith("Nodes: apps"))!;
    expect(apps.unitPrice).toBeNull();
    expect(apps.monthly).toEqual({ min: null, max: null });
    expect(apps.assumption).toBe(
      "2–4 nodes × 730 h; no price for Standard_L8s_v3 in westeurope: try --prices live",
    );
    expect(cost.unpriced).toEqual(["Nodes: apps (Standard_L8s_v3)"]);
  });

  it("prices every preset's default pools from the table (totals: hub + every environment)", () => {
    const dev = plan(loadForPlanText("dev.yaml", presetSpec("dev")));
    expect(dev.hub).toBeUndefined();
    expect(dev.total).toEqual({ min: 547.33, max: 1976.7 });
    const production = plan(loadForPlanText("production.yaml", presetSpec("production")));
    expect(production.hub?.cost.total).toEqual({ min: 1145.9, max: 1193.9 });
    expect(production.total).toEqual({ min: 10640.06, max: 40425.35 });
    const regulated = plan(loadForPlanText("regulated.yaml", presetSpec("regulated")));
    expect(regulated.hub?.cost.total).toEqual({ min: 1506.1, max: 1538.1 });
    expect(regulated.total).toEqual({ min: 10029.48, max: 31222.32 });
    expect(
      [dev, production, regulated].flatMap((r) => r.environments.flatMap((e) => e.cost.unpriced)),
    ).toEqual([]);
  });
});
