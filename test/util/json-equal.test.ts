import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonEqual } from "../../src/util/json-equal.js";

describe("jsonEqual", () => {
  it("agrees with util.isDeepStrictEqual on parsed JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        // Through JSON text, as the audit's inputs arrive (no -0, no undefined).
        const x: unknown = JSON.parse(JSON.stringify(a));
        const y: unknown = JSON.parse(JSON.stringify(b));
        expect(jsonEqual(x, y)).toBe(isDeepStrictEqual(x, y));
        expect(jsonEqual(x, structuredClone(x))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores key order and tells apart what differs", () => {
    expect(jsonEqual({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual("1", 1)).toBe(false);
    expect(jsonEqual({ httpGet: { path: "/", port: 80 } }, { httpGet: { path: "/", port: "80" } })).toBe(
      false,
    );
  });
});
