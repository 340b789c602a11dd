import { describe, expect, it } from "vitest";
import { Unknown } from "../../../src/audit/facts.js";
import {
  asBool,
  hasTaint,
  literalResourceId,
  lookup,
  referenceText,
  refersTo,
} from "../../../src/rules/azure/lookup.js";

describe("lookup", () => {
  it("ignores the case of property names and returns the path as spelled", () => {
    const r = lookup({ properties: { aadProfile: { enableAzureRbac: true } } }, [
      "properties",
      "aadProfile",
      "enableAzureRBAC",
    ]);
    expect(r).toEqual({ value: true, path: ["properties", "aadProfile", "enableAzureRbac"], unknown: false });
  });

  it("returns the requested path for absent keys", () => {
    expect(lookup({ properties: {} }, ["properties", "networkProfile", "networkPolicy"])).toEqual({
      value: undefined,
      path: ["properties", "networkProfile", "networkPolicy"],
      unknown: false,
    });
  });

  it("reports unevaluated values on the way as unknown", () => {
    const r = lookup({ properties: new Unknown("[parameters('p')]") }, ["properties", "x"]);
    expect(r.unknown).toBe(true);
    expect(r.path).toEqual(["properties", "x"]);
  });

  it("indexes arrays", () => {
    expect(lookup({ a: [{ b: 1 }] }, ["a", 0, "b"]).value).toBe(1);
    expect(lookup({ a: [] }, ["a", 0, "b"]).value).toBeUndefined();
  });
});

describe("helpers", () => {
  it("reads booleans spelled as strings", () => {
    expect(asBool("true")).toBe(true);
    expect(asBool("False")).toBe(false);
    expect(asBool(new Unknown("x"))).toBe("unknown");
    expect(asBool(1)).toBeUndefined();
  });

  it("matches resource ids and Type/name references", () => {
    const type = "Microsoft.Network/virtualNetworks/subnets";
    expect(
      refersTo(
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet",
        type,
        "vnet/snet",
      ),
    ).toBe(true);
    expect(refersTo("Microsoft.Network/virtualNetworks/vnet/subnets/snet", type, "vnet/snet")).toBe(true);
    expect(refersTo("/x/virtualNetworks/vnet/subnets/snet-2", type, "vnet/snet")).toBe(false);
  });

  it("finds taints regardless of spacing and case", () => {
    expect(hasTaint(["CriticalAddonsOnly=true:NoSchedule"], "CriticalAddonsOnly", "true", "NoSchedule")).toBe(
      true,
    );
    expect(hasTaint(["criticaladdonsonly=true:noschedule"], "CriticalAddonsOnly", "true", "NoSchedule")).toBe(
      true,
    );
    expect(hasTaint([new Unknown("x")], "CriticalAddonsOnly", "true", "NoSchedule")).toBe("unknown");
    expect(hasTaint(undefined, "CriticalAddonsOnly", "true", "NoSchedule")).toBe(false);
  });
});

describe("literal resourceId() expressions", () => {
  it("are read into the Type/name form", () => {
    expect(
      literalResourceId("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]"),
    ).toBe("Microsoft.Network/virtualNetworks/vnet/subnets/snet");
    expect(
      literalResourceId("[resourceId('rg-net', 'Microsoft.ContainerService/managedClusters', 'aks')]"),
    ).toBe("Microsoft.ContainerService/managedClusters/aks");
  });

  it("stay unknown when an argument is not a literal", () => {
    expect(
      literalResourceId("[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('v'), 'snet')]"),
    ).toBeUndefined();
    const u = new Unknown("[reference('x').id]");
    expect(referenceText(u)).toBe(u);
    expect(referenceText("/subscriptions/s")).toBe("/subscriptions/s");
  });
});
