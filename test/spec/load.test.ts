import { describe, expect, it } from "vitest";
import { diagnosticsOf, errorsOf, BASE } from "./helpers.js";
import { loadSpecFile } from "../../src/spec/load.js";
import { InputError } from "../../src/errors.js";

describe("spec loading: each error class is reported with its location", () => {
  it("accepts the base spec without errors", () => {
    expect(errorsOf(BASE)).toEqual([]);
  });

  it("reports YAML syntax errors with line and column", () => {
    const d = diagnosticsOf("apiVersion: akskit.dev/v1alpha1\nkind: [Platform\n");
    expect(d[0]).toMatchObject({ code: "yaml-syntax", location: { file: "spec.yaml", line: 3 } });
  });

  it("rejects duplicate keys", () => {
    const d = diagnosticsOf(
      BASE.replace("  location: westeurope\n", "  location: westeurope\n  location: northeurope\n"),
    );
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: "duplicate-key", location: { line: 7, column: 3 } });
  });

  it("stops YAML alias bombs", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]",
    ].join("\n");
    const d = diagnosticsOf(bomb);
    expect(d[0]).toMatchObject({ code: "yaml-alias-limit", location: { line: 1, column: 1 } });
  });

  it("rejects files over the size limit", () => {
    const d = diagnosticsOf(BASE + "#" + "x".repeat(1024 * 1024) + "\n");
    expect(d[0]).toMatchObject({ code: "file-too-large" });
  });

  it("reports an unknown key with a did-you-mean suggestion at the key", () => {
    const d = errorsOf(BASE.replace("  location: westeurope\n", "  location: westeurope\n  netwrok: {}\n"));
    expect(d).toHaveLength(1);
    expect(d[0]!.code).toBe("unknown-key");
    expect(d[0]!.message).toBe('unknown key "netwrok"; did you mean "network"?');
    expect(d[0]!.location).toEqual({ file: "spec.yaml", line: 7, column: 3, path: "spec.netwrok" });
  });

  it("reports a wrong type at the value", () => {
    const d = errorsOf(
      BASE.replace(
        "    prod: {}\n",
        "    prod: {}\n  nodePools:\n    - { name: system, mode: System, vmSize: Standard_D4ds_v5, min: three, max: 6 }\n",
      ),
    );
    expect(d[0]).toMatchObject({
      code: "wrong-type",
      message: 'min must be a number, got string "three"',
      location: { line: 12, column: 68, path: "spec.nodePools[0].min" },
    });
  });

  it("reports a bad enum value with the allowed values and a suggestion", () => {
    const d = errorsOf(BASE.replace("preset: production", "preset: prodution"));
    expect(d[0]).toMatchObject({ code: "bad-value", location: { line: 5, column: 11, path: "spec.preset" } });
    expect(d[0]!.message).toBe(
      'preset is string "prodution"; must be one of "dev", "production", "regulated" (did you mean "production"?)',
    );
  });

  it("reports a missing required key", () => {
    const d = errorsOf(BASE.replace("  location: westeurope\n", ""));
    expect(d[0]).toMatchObject({
      code: "wrong-type",
      message: "location is required",
      location: { path: "spec.location" },
    });
  });

  it("reports a malformed CIDR through the schema and a CIDR with host bits through validation", () => {
    const malformed = errorsOf(
      BASE.replace(
        "  location: westeurope\n",
        "  location: westeurope\n  network: { podCidr: 10.244.0.0 }\n",
      ),
    );
    expect(malformed[0]).toMatchObject({
      code: "bad-format",
      location: { line: 7, column: 23, path: "spec.network.podCidr" },
    });
    const hostBits = errorsOf(
      BASE.replace(
        "  location: westeurope\n",
        "  location: westeurope\n  network: { podCidr: 10.244.1.0/16 }\n",
      ),
    );
    expect(hostBits[0]).toMatchObject({ code: "invalid-cidr", location: { line: 7, column: 23 } });
    expect(hostBits[0]!.message).toContain("did you mean 10.244.0.0/16?");
  });

  it("reports a file that is not a mapping", () => {
    expect(diagnosticsOf("- a\n- b\n")[0]).toMatchObject({ code: "not-a-spec" });
  });

  it("reports every problem together, sorted by line", () => {
    const d = errorsOf(
      BASE.replace("preset: production", "preset: prod").replace(
        "location: westeurope",
        "location: West Europe\n  tier: Gold",
      ),
    );
    expect(d.map((x) => x.location.line)).toEqual([5, 6, 7]);
  });

  it("names a missing file and says what to do", async () => {
    await expect(loadSpecFile("/nonexistent/akskit.yaml")).rejects.toThrow(InputError);
    await expect(loadSpecFile("/nonexistent/akskit.yaml")).rejects.toThrow(
      /does not exist[\s\S]*akskit init/,
    );
  });
});
