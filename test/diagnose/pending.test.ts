import { describe, expect, it } from "vitest";
import { parseSchedulingMessage } from "../../src/diagnose/scheduling-message.js";
import { field, run } from "./helpers.js";

describe("pending", () => {
  it("parses the scheduler's FailedScheduling message into reasons", () => {
    const m = parseSchedulingMessage(
      "0/6 nodes are available: 3 Insufficient cpu, 3 node(s) had untolerated taint {spot: true}. preemption: 0/6 nodes are available: 3 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.",
    );
    expect(m.available).toBe(0);
    expect(m.total).toBe(6);
    expect(m.reasons).toEqual([
      { kind: "insufficient-resource", nodes: 3, text: "Insufficient cpu", resource: "cpu" },
      {
        kind: "untolerated-taint",
        nodes: 3,
        text: "node(s) had untolerated taint {spot: true}",
        taintKey: "spot",
        taintValue: "true",
      },
    ]);
  });

  it("parses the older taint wording and pod-level reasons", () => {
    expect(
      parseSchedulingMessage(
        "0/3 nodes are available: 3 node(s) had taint {dedicated: gpu}, that the pod didn't tolerate.",
      ).reasons[0],
    ).toMatchObject({
      kind: "untolerated-taint",
      taintKey: "dedicated",
      taintValue: "gpu",
    });
    expect(
      parseSchedulingMessage("0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.")
        .reasons,
    ).toEqual([
      { kind: "unbound-pvc", nodes: undefined, text: "pod has unbound immediate PersistentVolumeClaims" },
    ]);
  });

  it("insufficient CPU: pools full, autoscaler at max; system and spot taints are context, not a separate problem", () => {
    const ds = run(["pending-insufficient.json"], {
      resourceGroup: "rg-contoso-prod",
      clusterName: "aks-contoso-prod",
      pools: [{ name: "apps", count: 3, minCount: 3, maxCount: 3, enableAutoScaling: true }],
    });
    expect(ds.map((d) => d.id)).toEqual(["pending-insufficient-resources"]);
    const d = ds[0];
    expect(field(d, "nodes excluded by taints the pod does not tolerate")).toBe(
      "2 (CriticalAddonsOnly=true), 3 (spot=true)",
    );
    expect(field(d, "pod requests (sum of containers)")).toBe("cpu 3000m, memory 4Gi");
    expect(field(d, "node pool apps")).toBe(
      "3 node(s) Standard_D8ds_v5, largest allocatable cpu 7820m, memory 26.87Gi",
    );
    expect(d?.cause).toContain("Pool(s) apps (3/3) are at their autoscaler maximum");
    expect(d?.cause).toContain('"max node group size reached"');
    expect(d?.fix[0]).toBe(
      "az aks nodepool update --resource-group rg-contoso-prod --cluster-name aks-contoso-prod --name apps --update-cluster-autoscaler --min-count 3 --max-count 5",
    );
  });

  it("a request larger than any node can never fit: bigger VM size or smaller request", () => {
    const [d] = run(["pending-too-large.json"]);
    expect(d?.id).toBe("pending-insufficient-resources");
    expect(d?.cause).toBe(
      "The pod requests more cpu than any node can offer (cpu 16000m, memory 48Gi): no node of any pool can ever take it, and the cluster autoscaler will not add one.",
    );
    expect(d?.fix[1]).toContain("--node-vm-size <larger size>");
  });

  it("untolerated taints as the only reasons: node-health taints point at the NotReady nodes", () => {
    const ds = run(["pending-taint.json"]);
    expect(ds.map((d) => d.id)).toEqual(["pending-untolerated-taint"]);
    const d = ds[0];
    expect(d?.cause).toBe(
      "2 node(s) of the system pool (system) only take critical add-ons (CriticalAddonsOnly), and the pod does not tolerate it. 3 node(s) are not ready (taint node.kubernetes.io/unreachable); see the node diagnoses. 3 node(s) in spot carry the taint spot=true:NoSchedule and the pod has no matching toleration.",
    );
    expect(d?.fix).toContain(
      'If the pod belongs on spot, add to its template: tolerations: [{key: "spot", operator: "Equal", value: "true", effect: "NoSchedule"}]',
    );
    expect(field(d, "node pool spot taints")).toBe("spot=true:NoSchedule");
  });

  it("node selector that matches no pool", () => {
    const [d] = run(["pending-node-selector.json"]);
    expect(d?.id).toBe("pending-node-selector");
    expect(field(d, 'spec.nodeSelector["kubernetes.azure.com/agentpool"]')).toBe("gpu");
    expect(d?.cause).toBe(
      "No node has the label kubernetes.azure.com/agentpool=gpu; the nodes have kubernetes.azure.com/agentpool = apps, spot, system.",
    );
  });

  it("unbound PVC: names the claim, its storage class and the provisioning error", () => {
    const [d] = run(["pending-pvc.json"]);
    expect(d?.id).toBe("pending-unbound-pvc");
    expect(field(d, "PersistentVolumeClaim data-postgres-0 spec.storageClassName")).toBe(
      "managed-premium-zrs",
    );
    expect(d?.cause).toBe(
      'PersistentVolumeClaim data-postgres-0 is Pending: storageclass.storage.k8s.io "managed-premium-zrs" not found',
    );
    expect(d?.confirm).toContain("kubectl describe pvc data-postgres-0 -n data");
  });

  it("max pods per node: summarises only the pools the pod may use", () => {
    const [d] = run(["pending-max-pods.json"]);
    expect(d?.id).toBe("pending-max-pods");
    expect(field(d, "node pool apps status.allocatable.pods")).toBe(
      "30 per node on 3 node(s); pods on them in the input: 0",
    );
    expect(field(d, "node pool spot status.allocatable.pods")).toBeUndefined();
    expect(d?.fix[0]).toContain("--max-pods 110");
  });

  it("zone conflict: the volume's zone has no room", () => {
    const ds = run(["pending-zone-conflict.json"]);
    expect(ds.map((d) => d.id)).toEqual(["pending-insufficient-resources", "pending-zone-conflict"]);
    const zone = ds[1];
    expect(field(zone, "node pool apps zones")).toBe("westeurope-1, westeurope-2, westeurope-3");
    expect(zone?.fix[1]).toContain("Premium_ZRS");
  });
});
