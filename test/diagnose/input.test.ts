import { describe, expect, it } from "vitest";
import { InputError, UsageError } from "../../src/errors.js";
import { parseObjects, readInputs } from "../../src/diagnose/input.js";

describe("input", () => {
  it("flattens a kubectl List and keeps each item's kind", () => {
    const objs = parseObjects({
      file: "a.json",
      text: '{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"}},{"apiVersion":"v1","kind":"Event","metadata":{"name":"e"}}]}',
    });
    expect(objs.map((o) => o.kind)).toEqual(["Pod", "Event"]);
  });

  it("names items of a typed list (PodList) that carry no kind", () => {
    const objs = parseObjects({
      file: "a.json",
      text: '{"apiVersion":"v1","kind":"PodList","items":[{"metadata":{"name":"p"}}]}',
    });
    expect(objs[0]).toMatchObject({ apiVersion: "v1", kind: "Pod" });
  });

  it("reads YAML streams with several documents", () => {
    const objs = parseObjects({
      file: "a.yaml",
      text: "apiVersion: v1\nkind: Node\nmetadata: {name: n1}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n",
    });
    expect(objs.map((o) => `${o.kind}/${o.metadata?.name}`)).toEqual(["Node/n1", "Pod/p"]);
  });

  it("reports truncated JSON at its line and column", () => {
    let err: unknown;
    try {
      parseObjects({ file: "cut.json", text: '{\n  "kind": "List",\n  "items": [\n' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const d = (err as InputError).diagnostics[0];
    expect(d?.code).toBe("json-syntax");
    expect(d?.location.file).toBe("cut.json");
    expect(d?.location.line).toBe(4);
  });

  it("reports YAML syntax errors with their position", () => {
    expect(() => parseObjects({ file: "bad.yaml", text: "kind: Pod\nmetadata: {name: [\n" })).toThrow(
      InputError,
    );
  });

  it("rejects objects without a kind", () => {
    expect(() => parseObjects({ file: "x.json", text: '{"metadata":{"name":"x"}}' })).toThrow(
      /object has no `kind`/,
    );
  });

  it("a missing file is a usage error", async () => {
    await expect(readInputs(["/nonexistent/pods.json"], () => Promise.resolve(""))).rejects.toThrow(
      UsageError,
    );
  });

  it("- reads stdin", async () => {
    const docs = await readInputs(["-"], () => Promise.resolve('{"kind":"Pod"}'));
    expect(docs).toEqual([{ file: "<stdin>", text: '{"kind":"Pod"}' }]);
  });
});
