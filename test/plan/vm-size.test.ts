import { describe, expect, it } from "vitest";
import { vcpus } from "../../src/plan/vm-size.js";

describe("vCPUs from the VM size name", () => {
  it("reads the number after the family letters", () => {
    expect(vcpus("Standard_D8ds_v5")).toBe(8);
    expect(vcpus("Standard_B2ms")).toBe(2);
    expect(vcpus("Standard_NC4as_T4_v3")).toBe(4);
    expect(vcpus("Standard_NC24ads_A100_v4")).toBe(24);
  });

  it("counts the active vCPUs of constrained-core sizes", () => {
    expect(vcpus("Standard_E8-4ds_v5")).toBe(4);
  });

  it("returns undefined for a name without a count", () => {
    expect(vcpus("Standard_Custom")).toBeUndefined();
  });
});
