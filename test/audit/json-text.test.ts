import { describe, expect, it } from "vitest";
import { JsonText, jsonErrorOffset } from "../../src/audit/json-text.js";

const TEXT = `{
  "a": 1,
  "b": { "c": [10, {"d": "x\\"y"}], "e": null },
  "esc\\u0061ped": true
}`;

describe("JsonText", () => {
  const jt = new JsonText(TEXT);
  const root = jt.rootOffset();

  it("finds a top-level key at its line and column", () => {
    expect(jt.position(jt.find(root, ["a"]).offset)).toEqual({ line: 2, column: 3 });
  });

  it("follows nested objects and arrays", () => {
    const hit = jt.find(root, ["b", "c", 1, "d"]);
    expect(hit.matched).toBe(4);
    expect(jt.position(hit.offset)).toEqual({ line: 3, column: 21 });
  });

  it("skips strings that contain escaped quotes", () => {
    expect(jt.position(jt.find(root, ["b", "e"]).offset)).toEqual({ line: 3, column: 36 });
  });

  it("points at the deepest existing parent for a missing key", () => {
    const hit = jt.find(root, ["b", "missing", "deeper"]);
    expect(hit.matched).toBe(1);
    expect(jt.position(hit.offset)).toEqual({ line: 3, column: 3 });
  });

  it("matches keys written with escapes", () => {
    expect(jt.find(root, ["escaped"]).matched).toBe(1);
  });

  it("returns no match for an index past the end", () => {
    expect(jt.find(root, ["b", "c", 5]).matched).toBe(2);
  });

  it("reads the offset out of JSON.parse error messages", () => {
    expect(jsonErrorOffset("Unexpected token } in JSON at position 42", jt)).toBe(42);
    expect(jsonErrorOffset("Expected ',' (line 2 column 3)", jt)).toBe(TEXT.indexOf("\n") + 1 + 2);
  });
});
