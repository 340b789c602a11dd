import { describe, expect, it } from "vitest";
import { nodesForSubnet, overlayNodesForPodCidr } from "../../src/plan/capacity.js";
import { ipPlan } from "../../src/plan/ipam.js";
import { loadForPlan, loadForPlanText } from "../../src/plan/load.js";
import { plan } from "../../src/plan/plan.js";
import { SEED_004_SPEC } from "./specs.js";

describe("IP arithmetic (the seeds' worked numbers)", () => {
  it("a /16 CNI Overlay pod CIDR holds 256 nodes (a /24 each)", () => {
    expect(overlayNodesForPodCidr("10.244.0.0/16")).toBe(256);
  });

  it("a /20 pod CIDR holds 16 nodes; a /25 holds none", () => {
    expect(overlayNodesForPodCidr("10.244.0.0/20")).toBe(16);
    expect(overlayNodesForPodCidr("10.244.0.0/25")).toBe(0);
  });

  it("classic CNI with maxPods 110 fits 9 nodes in a /22 (1019 usable / 111 per node)", () => {
    expect(nodesForSubnet("10.240.4.0/22", 1 + 110)).toBe(9);
  });

  it("overlay takes 1 address per node: a /24 holds 251 nodes", () => {
    expect(nodesForSubnet("10.240.0.0/24", 1)).toBe(251);
  });
});

describe("IP plan of examples/production.yaml", () => {
  it("lays out the prod spoke and reports size, usable, needed, free and % used", async () => {
    const platform = await loadForPlan("examples/production.yaml");
    const prod = platform.model.clusters.find((c) => c.environment === "prod")!;
    const ip = ipPlan(prod);
    const rows = ip.subnets.map((s) => [
      s.vnet,
      s.name,
      s.cidr,
      s.size,
      s.usable,
      s.needed,
      s.free,
      s.percentUsed,
    ]);
    expect(rows).toEqual([
      ["spoke", "snet-system-nodes", "10.242.0.0/24", 256, 251, 8, 243, 3.2],
      ["spoke", "snet-user-nodes", "10.242.1.0/24", 256, 251, 50, 201, 19.9],
      ["spoke", "snet-ingress", "10.242.3.0/27", 32, 27, 1, 26, 3.7],
      ["spoke", "snet-private-endpoints", "10.242.3.32/27", 32, 27, 4, 23, 14.8],
      ["spoke", "snet-application-gateway", "10.242.2.0/24", 256, 251, 11, 240, 4.4],
      ["hub", "AzureFirewallSubnet", "10.200.0.0/26", 64, 59, null, null, null],
      ["hub", "AzureBastionSubnet", "10.200.0.64/26", 64, 59, null, null, null],
      ["hub", "GatewaySubnet", "10.200.0.128/27", 32, 27, null, null, null],
    ]);
    expect(ip.subnets[1]!.basis).toBe(
      "apps (30 max + 10 surge) × 1 + spot (10 max + 0 surge) × 1; 1 per node (azure-overlay); holds 251 nodes",
    );
    expect(ip.vnets).toEqual([
      {
        vnet: "spoke",
        name: "vnet-algesta-prod",
        addressSpace: "10.242.0.0/16",
        size: 65536,
        allocated: 832,
        unallocated: 64704,
      },
      {
        vnet: "hub",
        name: "vnet-algesta-hub",
        addressSpace: "10.200.0.0/22",
        size: 1024,
        allocated: 160,
        unallocated: 864,
      },
    ]);
    expect(ip.ranges[0]).toEqual({
      key: "podCidr",
      cidr: "10.244.0.0/16",
      size: 65536,
      use: "a /24 per node: holds 256 nodes, 58 needed at max + surge",
    });
  });

  it("gives each environment its own spoke and shows the hub once", async () => {
    const report = plan(await loadForPlan("examples/production.yaml"));
    expect(report.environments.map((e) => e.network.vnets.map((v) => v.addressSpace))).toEqual([
      ["10.240.0.0/16"],
      ["10.241.0.0/16"],
      ["10.242.0.0/16"],
    ]);
    expect(report.environments.every((e) => e.network.subnets.every((s) => s.vnet === "spoke"))).toBe(true);
    expect(report.hub?.subnets.map((s) => s.name)).toEqual([
      "AzureFirewallSubnet",
      "AzureBastionSubnet",
      "GatewaySubnet",
    ]);
    expect(report.hub?.summary.unallocated).toBe(864);
  });

  it("the capacity summary names what limits the node count", async () => {
    const report = plan(await loadForPlan("examples/production.yaml"), { env: "prod" });
    const c = report.environments[0]!.capacity;
    expect(c.nodes).toEqual({ min: 6, max: 46, surge: 12, peak: 58 });
    expect(c.networkNodeLimit).toBe(256);
    expect(c.networkLimitBy).toBe("pod CIDR 10.244.0.0/16 holds 256 at a /24 per node");
    expect(c.pods).toEqual({
      maxPerCluster: 5060,
      workloadSlots: 4000,
      workloadReplicasMin: 9,
      workloadReplicasMax: 30,
    });
  });

  it("under classic CNI the node subnets set the limit: 9 nodes in the /22 plus the system subnet's", () => {
    const report = plan(loadForPlanText("seed.yaml", SEED_004_SPEC));
    const c = report.environments[0]!.capacity;
    expect(c.networkNodeLimit).toBe(18);
    expect(c.networkLimitBy).toBe(
      "snet-system-nodes 10.240.0.0/22 holds 9, snet-user-nodes 10.240.4.0/22 holds 9",
    );
    expect(report.environments[0]!.network.ranges[0]!.use).toBe(
      "unused: classic Azure CNI gives pods addresses from the node subnets",
    );
  });
});
