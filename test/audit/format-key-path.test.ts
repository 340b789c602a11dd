import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatKeyPath } from "../../src/audit/facts.js";

/** The definition the fast implementation must keep: identifiers as `.name`, the rest quoted. */
function reference(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

describe("formatKeyPath", () => {
  it("writes the paths findings show", () => {
    expect(formatKeyPath(["spec", "template", "spec", "containers", 0, "image"])).toBe(
      "spec.template.spec.containers[0].image",
    );
    expect(formatKeyPath(["metadata", "annotations", "kubernetes.io/ingress.class"])).toBe(
      'metadata.annotations["kubernetes.io/ingress.class"]',
    );
    expect(formatKeyPath(["a-b", "_x", "$y", "9z", ""])).toBe('a-b._x.$y["9z"][""]');
  });

  it("agrees with the regular-expression definition on any path", () => {
    const segment = fc.oneof(
      fc.nat(),
      fc.string(),
      fc.stringMatching(/^[A-Za-z_$][\w$-]{0,8}$/),
      fc.constantFrom("é", "a b", "a.b", "-a", "a-", "Z9", "_", "$"),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (path) => {
        expect(formatKeyPath(path)).toBe(reference(path));
      }),
      { numRuns: 500 },
    );
  });
});
