import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LABEL_VALUE, validLabelValue } from "../../../src/rules/kube/workload/label-values.js";

describe("validLabelValue", () => {
  it("agrees with the regular expression it replaces", () => {
    const chars = fc.constantFrom(..."aZ09-_./: é\u0000x".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: chars, maxLength: 70 })), (v) => {
        expect(validLabelValue(v)).toBe(v === "" || (v.length <= 63 && LABEL_VALUE.test(v)));
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts and rejects the edge cases", () => {
    expect(validLabelValue("")).toBe(true);
    expect(validLabelValue("a")).toBe(true);
    expect(validLabelValue("a.b-c_d")).toBe(true);
    expect(validLabelValue("-a")).toBe(false);
    expect(validLabelValue("a-")).toBe(false);
    expect(validLabelValue("a".repeat(63))).toBe(true);
    expect(validLabelValue("a".repeat(64))).toBe(false);
    expect(validLabelValue(true)).toBe(false);
    expect(validLabelValue("a b")).toBe(false);
  });
});
