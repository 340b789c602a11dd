import { describe, expect, it } from "vitest";
import { sanitize, toYamlDocument, toYamlFile } from "../../../src/gitops/emit/yaml.js";
import type { KubeObject } from "../../../src/gitops/types.js";

/** An object with fields beyond KubeObject's three. */
const obj = (o: Record<string, unknown>) => o as unknown as KubeObject;

describe("deterministic YAML", () => {
  it("puts apiVersion, kind and metadata first, then sorts every other key", () => {
    const text = toYamlDocument(
      obj({
        spec: { z: 1, a: 2 },
        metadata: { namespace: "n", name: "x", labels: { b: "2", a: "1" } },
        kind: "ConfigMap",
        apiVersion: "v1",
      }),
    );
    expect(text).toBe(
      [
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  labels:",
        '    a: "1"',
        '    b: "2"',
        "  name: x",
        "  namespace: n",
        "spec:",
        "  a: 2",
        "  z: 1",
        "",
      ].join("\n"),
    );
  });

  it("drops undefined values and keeps array order", () => {
    expect(sanitize({ b: undefined, a: [3, 1, 2], c: null })).toEqual({ a: [3, 1, 2], c: null });
  });

  it("does not fold long lines and writes multi-line strings as block literals", () => {
    const long = "x".repeat(200);
    const text = toYamlDocument(
      obj({ apiVersion: "v1", kind: "ConfigMap", data: { long, multi: "a\nb\n" } }),
    );
    expect(text).toContain(`long: ${long}\n`);
    expect(text).toContain("multi: |\n    a\n    b\n");
  });

  it("a file is the header then one document, or documents separated by ---", () => {
    const one = toYamlFile("# h\n", [{ apiVersion: "v1", kind: "Namespace", metadata: { name: "a" } }]);
    expect(one).toBe("# h\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n");
    const two = toYamlFile("# h\n", [
      { apiVersion: "v1", kind: "Namespace", metadata: { name: "a" } },
      { apiVersion: "v1", kind: "Namespace", metadata: { name: "b" } },
    ]);
    expect(two).toBe(
      "# h\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n",
    );
  });

  it("quotes values YAML would otherwise read as another type", () => {
    const text = toYamlDocument(
      obj({ apiVersion: "v1", kind: "ConfigMap", data: { a: "true", b: "1", c: "${X}" } }),
    );
    expect(text).toContain('a: "true"');
    expect(text).toContain('b: "1"');
    expect(text).toContain("c: ${X}");
  });
});
