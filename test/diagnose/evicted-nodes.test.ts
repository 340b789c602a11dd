import { describe, expect, it } from "vitest";
import { field, run } from "./helpers.js";

describe("evicted pods and nodes", () => {
  it("Evicted: node low on memory, names the node", () => {
    const [d] = run(["evicted.json"]);
    expect(d?.id).toBe("evicted");
    expect(d?.summary).toBe("Pod was evicted from node aks-apps-31415926-vmss000002 (node low on memory)");
    expect(field(d, "status.reason")).toBe("Evicted");
    expect(d?.confirm[1]).toBe("kubectl describe node aks-apps-31415926-vmss000002");
  });

  it("NotReady node: condition, taints and the node-controller event", () => {
    const [d] = run(["node-not-ready.json"], {
      resourceGroup: "rg-contoso-prod",
      clusterName: "aks-contoso-prod",
      pools: [],
    });
    expect(d?.id).toBe("node-not-ready");
    expect(d?.object).toEqual({ kind: "Node", name: "aks-apps-31415926-vmss000003" });
    expect(field(d, "status.conditions[3]")).toBe("Ready=Unknown reason=NodeStatusUnknown");
    expect(field(d, "spec.taints[1]")).toBe("node.kubernetes.io/unreachable:NoExecute");
    expect(field(d, "event Normal NodeNotReady from node-controller")).toBe(
      "Node aks-apps-31415926-vmss000003 status is now: NodeNotReady",
    );
    expect(d?.cause).toContain("stopped posting its status");
    expect(d?.confirm[2]).toBe(
      'az aks nodepool show --resource-group rg-contoso-prod --cluster-name aks-contoso-prod --name apps --query "{state:provisioningState, power:powerState.code, count:count}"',
    );
  });
});
