import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadPlatformText } from "../../src/spec/index.js";

/** The loader either returns a platform or throws InputError with located diagnostics — nothing else. */
function outcome(text: string): "ok" | "input-error" {
  try {
    loadPlatformText("fuzz.yaml", text);
    return "ok";
  } catch (err) {
    if (err instanceof InputError) {
      for (const d of err.diagnostics) {
        expect(d.location.line).toBeGreaterThanOrEqual(1);
        expect(d.location.column).toBeGreaterThanOrEqual(1);
        expect(d.message.length).toBeGreaterThan(0);
      }
      return "input-error";
    }
    throw err;
  }
}

const production = readFileSync("examples/production.yaml", "utf8");
const lines = production.split("\n");

describe("the spec loader never crashes (property-based)", () => {
  it("on random text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => void outcome(s)),
      { numRuns: 300 },
    );
  });

  it("on random YAML-ish values", () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 12 }), tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const text = JSON.stringify({
          apiVersion: "akskit.dev/v1alpha1",
          kind: "Platform",
          metadata: { name: "fuzz" },
          spec: v,
        });
        void outcome(text);
      }),
      { numRuns: 300 },
    );
  });

  it("on the production example with lines deleted, duplicated or mangled", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(lines.length - 1),
            fc.constantFrom("delete", "duplicate", "truncate", "indent", "swap-colon"),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (edits) => {
          const copy = [...lines];
          for (const [i, op] of edits) {
            const line = copy[i % copy.length] ?? "";
            if (op === "delete") copy.splice(i % copy.length, 1);
            else if (op === "duplicate") copy.splice(i % copy.length, 0, line);
            else if (op === "truncate") copy[i % copy.length] = line.slice(0, Math.floor(line.length / 2));
            else if (op === "indent") copy[i % copy.length] = "  " + line;
            else copy[i % copy.length] = line.replace(":", " =");
          }
          void outcome(copy.join("\n"));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("on values replaced inside a valid spec", () => {
    const scalars = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.integer({ min: -5, max: 100000 }),
      fc.constantFrom("10.0.0.0/8", "0.0.0.0/0", "300.1.1.1/33", "Spot", "System", "", "~", "[]", "{}"),
    );
    fc.assert(
      fc.property(fc.nat(lines.length - 1), scalars, (i, v) => {
        const copy = [...lines];
        const line = copy[i]!;
        const idx = line.indexOf(": ");
        if (idx > 0) copy[i] = `${line.slice(0, idx + 2)}${typeof v === "string" ? JSON.stringify(v) : v}`;
        void outcome(copy.join("\n"));
      }),
      { numRuns: 400 },
    );
  });
});
