import { describe, expect, it } from "vitest";
import { JsonText } from "../../src/audit/json-text.js";

// `findIn` (one-pass index of one value) must answer exactly as `find` (per-object key scans).
const TEXT = `{
  "items": [
    { "kind": "Pod", "spec": { "containers": [ { "name": "a", "image": "x:1" }, { "name": "b" } ] } },
    { "kind": "Pod", "dup": 1, "dup": { "inner": 2 }, "q\\"k": [ [], {}, "s]" ], "esc\\u0061ped": true }
  ]
}`;

describe("JsonText.findIn", () => {
  const jt = new JsonText(TEXT);
  const root = jt.rootOffset();
  const first = jt.find(root, ["items", 0]).offset;
  const second = jt.find(root, ["items", 1]).offset;

  const same = (start: number, path: (string | number)[]) => {
    const a = jt.findIn(start, path);
    const b = jt.find(start, path);
    expect(a).toEqual(b);
    return jt.position(a.offset);
  };

  it("finds nested keys and array elements like find", () => {
    expect(same(first, ["spec", "containers", 0, "image"])).toEqual({ line: 3, column: 63 });
    expect(same(first, ["spec", "containers", 1])).toEqual({ line: 3, column: 81 });
  });

  it("points at the deepest existing parent for a missing key or index", () => {
    expect(same(first, ["spec", "containers", 1, "resources", "limits"])).toEqual({ line: 3, column: 81 });
    expect(same(first, ["spec", "containers", 7])).toEqual({ line: 3, column: 32 });
    expect(same(first, ["spec", "containers", "name"])).toEqual({ line: 3, column: 32 });
    expect(same(first, [])).toEqual({ line: 3, column: 5 });
  });

  it("keeps the first of duplicate keys, escaped keys and strings with brackets", () => {
    expect(same(second, ["dup"]).column).toBe(22);
    expect(jt.findIn(second, ["dup", "inner"]).matched).toBe(1);
    expect(same(second, ['q"k', 2])).toEqual({ line: 4, column: 73 });
    expect(jt.findIn(second, ["escaped"]).matched).toBe(1);
  });

  it("answers for another value after switching (one index kept at a time)", () => {
    expect(same(first, ["kind"])).toEqual({ line: 3, column: 7 });
    expect(same(second, ["kind"])).toEqual({ line: 4, column: 7 });
    expect(same(first, ["kind"])).toEqual({ line: 3, column: 7 });
  });
});
