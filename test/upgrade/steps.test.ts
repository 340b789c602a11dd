import { describe, expect, it } from "vitest";
import { plan } from "./helpers.js";

describe("upgrade steps", () => {
  it("control plane first, one minor at a time, then each pool; a lagging pool catches up before the skew breaks", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.32" });
    expect(p.steps.map((s) => s.title)).toEqual([
      "Control plane 1.30.6 → 1.31",
      "Node pool batch 1.28.9 → 1.31",
      "Control plane 1.31 → 1.32",
      "Node pool system 1.30.6 → 1.32",
      "Node pool apps 1.30.6 → 1.32",
      "Node pool batch 1.31 → 1.32",
    ]);
    expect(p.steps[0]?.commands).toEqual([
      "az aks upgrade --resource-group rg-contoso-prod --name aks-contoso-prod --control-plane-only --kubernetes-version 1.31 --yes",
    ]);
    expect(p.steps[4]?.commands).toEqual([
      "az aks nodepool upgrade --resource-group rg-contoso-prod --cluster-name aks-contoso-prod --name apps --kubernetes-version 1.32 --max-surge 33% --yes",
    ]);
    expect(p.steps[1]?.notes[0]).toContain(
      "Required before the control plane moves to 1.32: pools may lag at most 3 minor versions",
    );
  });

  it("uses the exact patch version on the last control plane step", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.31.2" });
    expect(p.steps[0]?.commands[0]).toBe(
      "az aks upgrade --resource-group rg-contoso-prod --name aks-contoso-prod --control-plane-only --kubernetes-version 1.31.2 --yes",
    );
    expect(p.steps.map((s) => s.pool ?? "control plane")).toEqual([
      "control plane",
      "system",
      "apps",
      "batch",
    ]);
  });

  it("surge: 33% of 6 nodes rounds up to 2; the AKS default 10% of 2 nodes is 1", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.31" });
    const apps = p.steps.find((s) => s.pool === "apps");
    const batch = p.steps.find((s) => s.pool === "batch");
    expect(apps?.surge).toMatchObject({
      maxSurge: "33%",
      configured: true,
      nodes: 2,
      nodesAtMax: 7,
      addressesPerNode: 1,
      addresses: 2,
    });
    expect(batch?.surge).toMatchObject({ maxSurge: "10%", configured: false, nodes: 1 });
    expect(batch?.notes[0]).toBe(
      "Surge: 1 extra node(s) (maxSurge 10%, the AKS default; seed 003 suggests 33%), 1 subnet address(es) (1 per node).",
    );
  });

  it("a downgrade is a blocker with no steps", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.29" });
    expect(p.steps).toEqual([]);
    expect(p.blockers).toBe(1);
    expect(p.checks[0]).toMatchObject({
      id: "target-version",
      status: "blocker",
      title: "Target 1.29 is older than the control plane 1.30.6",
    });
  });

  it("blue-green: a new pool at the target version, then cordon, drain and delete the old one (seed 002)", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.31", strategy: "blue-green", subnet: "subnet.json" });
    const apps = p.steps.find((s) => s.pool === "apps");
    expect(apps?.kind).toBe("blue-green");
    expect(apps?.commands).toEqual([
      "az aks nodepool add --resource-group rg-contoso-prod --cluster-name aks-contoso-prod --name appsv131 --mode User --kubernetes-version 1.31 --node-vm-size Standard_D8ds_v5 --node-count 6 --enable-cluster-autoscaler --min-count 3 --max-count 20 --max-pods 250 --zones 1 2 3 --labels workload=apps --vnet-subnet-id /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-contoso-prod-network/providers/Microsoft.Network/virtualNetworks/vnet-contoso-prod-weu/subnets/snet-aks-nodes",
      "kubectl get nodes -l kubernetes.azure.com/agentpool=appsv131",
      "kubectl cordon -l kubernetes.azure.com/agentpool=apps",
      "kubectl drain -l kubernetes.azure.com/agentpool=apps --ignore-daemonsets --delete-emptydir-data --timeout=30m",
      "az aks nodepool delete --resource-group rg-contoso-prod --cluster-name aks-contoso-prod --name apps",
    ]);
    expect(p.checks.some((c) => c.id === "blue-green-alternative")).toBe(false);
  });

  it("rolling plans mention the blue-green alternative", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.31" });
    expect(p.checks.find((c) => c.id === "blue-green-alternative")?.source).toContain("seed 002");
  });
});
