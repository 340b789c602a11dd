import { describe, expect, it } from "vitest";
import { plan } from "./helpers.js";

describe("upgrade checks", () => {
  it("version skew: within 3 minors since 1.28", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.31" });
    const skew = p.checks.find((c) => c.id === "version-skew");
    expect(skew?.status).toBe("ok");
    expect(skew?.details).toContain(
      "Pool batch 1.28.9: 2 minor version(s) behind the control plane (at most 3 allowed).",
    );
  });

  it("subnet with room: overlay takes one address per surge node", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.31", subnet: "subnet.json" });
    const apps = p.checks.find((c) => c.id === "surge-capacity" && c.title.startsWith("Pool apps"));
    expect(apps?.status).toBe("ok");
    expect(apps?.details[0]).toBe(
      "Subnet snet-aks-nodes 10.240.0.0/24: 251 usable addresses (size minus 5 reserved by Azure), 11 in use (ipConfigurations), 240 free.",
    );
  });

  it("subnet too small: classic Azure CNI surge needs 1 + maxPods per node", async () => {
    const p = await plan({ cluster: "aks-classic.json", to: "1.30", subnet: "subnet-classic.json" });
    const apps = p.checks.find((c) => c.id === "surge-capacity" && c.title.startsWith("Pool apps"));
    expect(apps?.status).toBe("blocker");
    expect(apps?.title).toBe("Pool apps: surge needs 62 address(es) in snet-aks, 34 free");
    expect(apps?.details[1]).toBe(
      "Surge: 2 node(s) × 31 address(es) = 62 (classic Azure CNI: 1 + maxPods 30 per node).",
    );
    const system = p.checks.find((c) => c.id === "surge-capacity" && c.title.startsWith("Pool system"));
    expect(system?.status).toBe("warning");
    expect(p.blockers).toBe(1);
  });

  it("subnet not given: a warning that says which command gives it", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.31" });
    const c = p.checks.find((x) => x.id === "surge-capacity");
    expect(c?.status).toBe("warning");
    expect(c?.details[0]).toMatch(/^Pass --subnet with: az network vnet subnet show --ids \/subscriptions\//);
  });

  it("PodDisruptionBudgets: maxUnavailable 0 and minAvailable equal to replicas block drains; minAvailable 2 of 3 does not", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.31", manifests: ["manifests"] });
    const pdbs = p.checks.filter((c) => c.id === "pdb-drain");
    expect(pdbs[0]?.details[0]).toMatch(
      /manifests\/payments\.yaml:24: minAvailable 3 ≥ 3 replicas, so no pod may be evicted/,
    );
    expect(pdbs.map((c) => `${c.status} ${c.title}`)).toEqual([
      "blocker PodDisruptionBudget payments/api-gateway (minAvailable: 3) blocks node drains",
      "blocker PodDisruptionBudget payments/checkout (maxUnavailable: 0) blocks node drains",
    ]);
  });

  it("removed APIs: flowcontrol v1beta3 breaks at 1.32; autoscaling/v2beta2 is already not served", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.32", manifests: ["manifests"] });
    const removed = p.checks.filter((c) => c.id === "removed-apis");
    expect(removed.map((c) => `${c.status} ${c.title}`)).toEqual([
      "blocker Control plane 1.31: 1 manifest object(s) use APIs it does not serve",
      "blocker Control plane 1.32: 1 manifest object(s) use APIs it does not serve",
    ]);
    expect(removed[1]?.details[0]).toMatch(
      /^Removed in 1\.32: FlowSchema\/gitops-controllers \(.*platform\.yaml:2\) uses flowcontrol\.apiserver\.k8s\.io\/v1beta3; migrate to flowcontrol\.apiserver\.k8s\.io\/v1\.$/,
    );
    expect(removed[0]?.source).toContain("Deprecated API Migration Guide");
  });

  it("clean manifests: no blocker, exit-worthy plan", async () => {
    const p = await plan({
      cluster: "aks.json",
      to: "1.31",
      subnet: "subnet.json",
      maintenance: "maintenance.json",
      manifests: ["clean"],
    });
    expect(p.blockers).toBe(0);
    expect(p.warnings).toBe(0);
  });

  it("auto-upgrade channel and maintenance windows in force", async () => {
    const p = await plan({ cluster: "aks.json", to: "1.31", maintenance: "maintenance.json" });
    const c = p.checks.find((x) => x.id === "auto-upgrade");
    expect(c?.title).toBe("Auto-upgrade channel patch, node OS channel NodeImage");
    expect(c?.details).toContain(
      "Maintenance window aksManagedAutoUpgradeSchedule: every week on Saturday at 02:00 UTC+00:00 for 4 hours.",
    );
  });

  it("Unmanaged node OS channel is a warning (seed 003)", async () => {
    const p = await plan({ cluster: "aks-classic.json", to: "1.30", maintenance: "maintenance-empty.json" });
    const c = p.checks.find((x) => x.id === "auto-upgrade");
    expect(c?.status).toBe("warning");
    expect(c?.details[1]).toContain("seed 003 advises most clusters to avoid None and Unmanaged");
  });
});
