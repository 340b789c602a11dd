import { isAscii } from "node:buffer";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { scanJsonStructure, scanJsonStructureInWorker } from "../../src/audit/json-structure.js";
import { JsonText } from "../../src/audit/json-text.js";

/** What `JsonText` finds by itself: the listed array's element offsets and every line start. */
function expected(text: string): { arrayOffset: number; elements: number[]; lineStarts: number[] } {
  const jt = new JsonText(text);
  const root = jt.rootOffset();
  let arrayOffset = -1;
  if (text[root] === "[") arrayOffset = root;
  else if (text[root] === "{") {
    const key = jt.keyOffset(root, "items");
    if (key !== undefined) {
      const m = /^"items"\s*:\s*/.exec(text.slice(key));
      const at = key + (m?.[0].length ?? 0);
      if (text[at] === "[") arrayOffset = at;
    }
  }
  const elements: number[] = [];
  if (arrayOffset >= 0)
    for (let i = 0; ; i++) {
      const e = jt.element(arrayOffset, i);
      if (e === undefined) break;
      elements.push(e);
    }
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return { arrayOffset, elements, lineStarts };
}

function scanned(text: string): { arrayOffset: number; elements: number[]; lineStarts: number[] } {
  const s = scanJsonStructure(text);
  return { arrayOffset: s.arrayOffset, elements: [...s.elements], lineStarts: [...s.lineStarts] };
}

const CASES: Record<string, string> = {
  "kubectl List": JSON.stringify(
    {
      apiVersion: "v1",
      items: [
        { kind: "Pod", metadata: { name: "a" } },
        { kind: "Pod", metadata: { name: "b", annotations: { x: 'a "quoted" [bracket] {brace}' } } },
      ],
      kind: "List",
    },
    null,
    4,
  ),
  "root array": JSON.stringify([{ a: 1 }, "s", 3, null, [1, 2], { items: [1] }], null, 2),
  "compact List": JSON.stringify({ items: [{ a: [1, { b: 2 }] }, { c: "]" }], kind: "List" }),
  "single object": JSON.stringify({ kind: "Pod", metadata: { name: "x" } }, null, 2),
  "items is not an array": '{"items": "no", "other": [1, 2]}',
  "items is an object": '{"items": {"a": [1]}, "other": [1, 2]}',
  "items is a number": '{"items": 5, "other": [1, 2]}',
  "items after another array": '{"first": [[1], {"items": [9]}], "items": [ {"a": 1} , {"b": 2} ]}',
  "items nested only": '{"spec": {"items": [1, 2]}}',
  "first of duplicate items keys": '{"items": [1], "items": [2, 3]}',
  "empty items": '{"items": [ ], "kind": "List"}',
  "escaped backslashes": '{"a": "c:\\\\", "items": ["\\"]", "\\\\"]}',
  "CRLF lines": '{\r\n  "items": [\r\n    {"a": 1},\r\n    {"b": 2}\r\n  ]\r\n}\r\n',
  "key spelled with an escape": '{"\\u0069tems": [1, 2]}',
};

describe("scanJsonStructure", () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`finds what JsonText finds: ${name}`, () => {
      expect(scanned(text)).toEqual(expected(text));
    });
  }

  it("matches JsonText on random JSON lists written with any indentation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 8 }),
        fc.constantFrom(undefined, 0, 2, 4, "\t"),
        fc.boolean(),
        (items, indent, asList) => {
          const text = JSON.stringify(
            asList ? { apiVersion: "v1", items, kind: "List" } : items,
            null,
            indent,
          );
          // The scanner is used for ASCII text only (byte offsets = character offsets).
          fc.pre(isAscii(Buffer.from(text)));
          expect(scanned(text)).toEqual(expected(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the same answer on a worker thread", async () => {
    const text = CASES["kubectl List"] as string;
    const s = await scanJsonStructureInWorker(new TextEncoder().encode(text)).result;
    expect(
      s && { arrayOffset: s.arrayOffset, elements: [...s.elements], lineStarts: [...s.lineStarts] },
    ).toEqual(expected(text));
  });
});

describe("audit of a JSON dump with the worker-built index", () => {
  const dir = mkdtempSync(join(tmpdir(), "akskit-structure-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("locates every finding exactly as without it", async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      apiVersion: i % 2 ? "v1" : "apps/v1",
      kind: i % 2 ? "Pod" : "Deployment",
      metadata: { name: `app-${i}`, namespace: `ns-${i % 3}`, labels: { app: `app-${i}` } },
      spec:
        i % 2
          ? { containers: [{ name: "c", image: `docker.io/app:${i}`, ports: [{ containerPort: 22 }] }] }
          : {
              replicas: 1,
              selector: { matchLabels: { app: `app-${i}` } },
              template: {
                metadata: { labels: { app: `app-${i}` } },
                spec: { containers: [{ name: "c", image: "nginx", securityContext: { privileged: true } }] },
              },
            },
    }));
    const file = join(dir, "dump.json");
    writeFileSync(file, JSON.stringify({ apiVersion: "v1", items, kind: "List" }, null, 4));
    const withWorker = await audit([file], { profile: "regulated", jsonWorkerMinBytes: 0 });
    const without = await audit([file], { profile: "regulated", jsonWorkerMinBytes: Infinity });
    expect(withWorker.findings.length).toBeGreaterThan(100);
    expect(withWorker.findings).toEqual(without.findings);
    expect(new Set(withWorker.findings.map((f) => f.location.line)).size).toBeGreaterThan(40);
  });
});
