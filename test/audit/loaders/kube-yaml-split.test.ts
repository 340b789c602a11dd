/**
 * The split YAML loader (kube-yaml.ts) against the whole-document loader it replaced: same objects, same
 * problems, and the same file:line:column for every key path of every object.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadKubeYaml } from "../../../src/audit/loaders/kube.js";
import { yamlSplitPlan } from "../../../src/audit/loaders/kube-yaml.js";
import { isRecord } from "../../../src/audit/loaders/sink.js";
import { FIXTURES, newSink } from "../helpers.js";

type Path = (string | number)[];

function allPaths(v: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...allPaths(x, [...prefix, i])));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) out.push(...allPaths(x, [...prefix, k]));
  return out;
}

/** Everything the loader gives a caller, with every key path (and some missing ones) located. */
function load(text: string, mode: "split" | "whole") {
  const sink = newSink();
  loadKubeYaml("f.yaml", text, sink, mode);
  return {
    problems: sink.problems,
    objects: sink.facts.kubeObjects.map((o) => ({
      id: o.id,
      source: o.source,
      object: o.object,
      locations: [...allPaths(o.object), ["missing"], ["metadata", "missing", "x"], ["spec", 7]].map((p) =>
        o.locate(p),
      ),
    })),
  };
}

function expectSame(text: string): ReturnType<typeof load> {
  const split = load(text, "split");
  expect(split).toEqual(load(text, "whole"));
  return split;
}

const crlf = (s: string) => s.replace(/\n/g, "\r\n");

/** kubectl's layout: entries at column 0, item bodies indented by two. */
function kubectlList(items: unknown[], indent = 0): string {
  const pad = " ".repeat(indent);
  const parts = ["apiVersion: v1\nitems:\n"];
  for (const item of items) {
    const lines = stringify(item, { lineWidth: 0 }).trimEnd().split("\n");
    parts.push(`${pad}- ${lines[0] ?? ""}\n`, ...lines.slice(1).map((l) => `${pad}  ${l}\n`));
  }
  parts.push('kind: List\nmetadata:\n  resourceVersion: ""\n');
  return parts.join("");
}

const TRICKY_LIST = `apiVersion: v1
# a comment before the items
items:
- apiVersion: v1
  kind: ConfigMap
  metadata:
    name: scripts
    namespace: "default"
  data:
    "run.sh": |
      #!/bin/sh
      - foo
      ---
      ...
      items:
    folded: >-
      - bar
        baz
    keep: |+
      tail

# a comment at column 0 inside the items
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: prod, labels: {app: web}}
  spec:
    replicas: 3
    template:
      spec:
        containers:
        - name: web
          image: "nginx:1.25"   # trailing comment
          args: ["-", "--", '- x']
          securityContext:
            privileged: true
        - name: sidecar
          image: busybox
  # less indented comment
- 'apiVersion': v1
  "kind": Service
  metadata:
    name: web
    annotations:
      "a.b/c": "multi
        line"
      plain: this is
        continued
kind: List
metadata:
  resourceVersion: ""
`;

describe("split YAML loading gives what the whole-document parse gives", () => {
  it("on the multi-document fixture, as LF, CRLF and with a BOM", () => {
    const text = readFileSync(`${FIXTURES}/kube/multi.yaml`, "utf8");
    for (const t of [text, crlf(text), `\uFEFF${text}`, `\uFEFF${crlf(text)}`]) {
      expect(expectSame(t).objects).toHaveLength(3);
      expect(yamlSplitPlan(t)?.length).toBeGreaterThan(1);
    }
  });

  it("on a kubectl List with block scalars, comments and quoted keys, cut item by item", () => {
    for (const t of [TRICKY_LIST, crlf(TRICKY_LIST), `\uFEFF${TRICKY_LIST}`]) {
      const r = expectSame(t);
      expect(r.problems).toEqual([]);
      expect(r.objects.map((o) => o.id)).toEqual([
        "ConfigMap/default/scripts",
        "Deployment/prod/web",
        "Service/web",
      ]);
      expect(yamlSplitPlan(t)).toEqual([3]);
    }
    const cm = load(TRICKY_LIST, "split").objects[0]!;
    expect((cm.object.data as Record<string, string>)["run.sh"]).toContain("---\n...\nitems:\n");
  });

  it("with items indented by two, several Lists and other documents in one file", () => {
    const items = [
      { apiVersion: "v1", kind: "Namespace", metadata: { name: "a" } },
      { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "a" }, spec: { containers: [] } },
    ];
    const indented = kubectlList(items, 2);
    expect(yamlSplitPlan(indented)).toEqual([2]);
    const text = [
      "# leading comment",
      "---",
      indented,
      "--- # a comment on the marker",
      kubectlList(items),
      "---",
      "",
      "---",
      "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n...",
      "---\nname: not-kubernetes",
      "--- |\n  a string document\n---\n- just\n- a list\n---\n42\n",
    ].join("\n");
    const r = expectSame(text);
    expect(r.objects).toHaveLength(5);
    expect(r.problems.map((p) => `${p.code} ${p.location.line}:${p.location.column}`)).toEqual([
      "not-kubernetes 46:1",
      "not-an-object 47:5",
      "not-an-object 50:3",
      "not-an-object 51:3",
      "not-an-object 53:1",
    ]);
    expect(yamlSplitPlan(text)).toEqual([
      "whole",
      2,
      2,
      "whole",
      "whole",
      "whole",
      "whole",
      "whole",
      "whole",
    ]);
  });

  it("on List items that are not objects, nested Lists and a List without items", () => {
    const text = [
      "apiVersion: v1\nkind: List\nitems:\n- 1\n-\n- [a, b]\n- - x\n  - {apiVersion: v1, kind: Namespace, metadata: {name: n}}",
      "- apiVersion: v1\n  kind: List\n  items:\n  - {apiVersion: v1, kind: Namespace, metadata: {name: m}}\n  - nope",
      "- name: no-kind",
      "---\napiVersion: v1\nkind: List\nitems:\nmetadata: {}\n",
    ].join("\n");
    const r = expectSame(text);
    expect(r.objects.map((o) => o.id)).toEqual(["Namespace/n", "Namespace/m", "List/"]);
    expect(yamlSplitPlan(text)).toEqual([6, "whole"]);
  });

  it("falls back to a whole parse for flow items, anchors across items, directives and odd layouts", () => {
    const flow =
      "apiVersion: v1\nkind: List\nitems: [{apiVersion: v1, kind: Namespace, metadata: {name: a}}]\n";
    const anchors =
      "apiVersion: v1\nkind: List\nitems:\n- &ns {apiVersion: v1, kind: Namespace, metadata: {name: a}}\n- *ns\n";
    const anchorInHeader =
      "apiVersion: &v v1\nkind: List\nitems:\n- {apiVersion: *v, kind: Namespace, metadata: {name: a}}\n";
    const aliasInTrailer =
      "apiVersion: v1\nitems:\n- {apiVersion: v1, kind: Namespace, metadata: &m {name: a}}\nkind: List\nmetadata: *m\n";
    const sameItem =
      "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a, labels: &l {app: a}}\n  spec: {selector: *l}\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: b, labels: &l {app: b}}\n  spec: {selector: *l}\n";
    const stars =
      "apiVersion: v1\nkind: List\nitems:\n- apiVersion: rbac.authorization.k8s.io/v1\n  kind: ClusterRole\n  metadata: {name: '*&'}\n  rules:\n  - verbs: ['*']\n";
    const directive =
      "%YAML 1.2\n---\napiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Namespace, metadata: {name: a}}\n";
    const notList = "apiVersion: v1\nkind: Lists\nitems:\n- a\n";
    const twoItems =
      'apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Namespace, metadata: {name: a}}\n"items": []\n';
    const badIndent =
      "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Namespace\n    metadata: {name: a}\n - oops\n";
    const tabLine =
      "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n  data:\n    x: |\n      a\n  \t\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: b}\n";
    for (const t of [flow, aliasInTrailer, directive, notList, twoItems, badIndent, tabLine]) {
      expectSame(t);
      expect(yamlSplitPlan(t)?.[0] ?? "whole").toBe("whole");
    }
    // Cut, then sent back to a whole parse by the alias that does not resolve inside its item.
    for (const t of [anchors, anchorInHeader]) {
      expect(yamlSplitPlan(t)).toEqual([t === anchors ? 2 : 1]);
      expect(expectSame(t).objects.length).toBeGreaterThan(0);
    }
    // Anchors used inside their own item stay cut.
    expect(yamlSplitPlan(sameItem)).toEqual([2]);
    expect(expectSame(sameItem).objects[1]?.object.spec).toEqual({ selector: { app: "b" } });
    expect(yamlSplitPlan(stars)).toEqual([1]);
    expect(expectSame(stars).objects).toHaveLength(1);
  });

  it("reports the syntax error of one item at its place in the file and loads the other items", () => {
    const text = `${"# pad\n".repeat(3)}---\n${kubectlList([
      { apiVersion: "v1", kind: "Namespace", metadata: { name: "a" } },
      { apiVersion: "v1", kind: "Namespace", metadata: { name: "b" } },
    ]).replace("name: b", "name: [b")}`;
    const whole = load(text, "whole");
    const split = load(text, "split");
    expect(whole.objects).toEqual([]);
    expect(split.objects.map((o) => o.id)).toEqual(["Namespace/a"]);
    expect(split.problems.length).toBeGreaterThan(0);
    expect(split.problems[0]).toMatchObject({
      code: "invalid-yaml",
      location: whole.problems[0]!.location,
      message: whole.problems[0]!.message,
    });
  });

  it("keeps the alias limit of a whole document", () => {
    const bomb = [
      "apiVersion: v1\nkind: List\nitems:",
      "- a: &a [x, x, x, x, x, x, x, x, x]",
      "  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "- c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "- d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "- e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    expect(expectSame(bomb).problems.map((p) => p.code)).toEqual(["yaml-alias-limit"]);
  });
});

/** Objects shaped like Kubernetes ones, with the strings YAML finds awkward. */
const awkward = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "- foo",
    "---",
    "...",
    "# x",
    "a: b",
    "line\n- one\n---\n  two\n",
    " lead",
    "tail ",
    "\ttab",
    "'q'",
    '"dq"',
    "*",
    "&a",
    "",
    "null",
    "yes",
    "0x10",
    "1e3",
    "items:",
    "- \n-",
  ),
  fc
    .array(fc.constantFrom("- x", "---", "  y", "#z", "", "...", "items:"), { maxLength: 5 })
    .map((l) => l.join("\n")),
);
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    awkward,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(
        fc.constantFrom("name", "image", "- k", "a b", "x: y", "#c", "items"),
        fc.string({ maxLength: 6 }),
      ),
      tie("v"),
      { maxKeys: 4 },
    ),
  ),
})).v;
const kubeObject = fc.record({
  apiVersion: fc.constantFrom("v1", "apps/v1"),
  kind: fc.constantFrom("ConfigMap", "Deployment", "Pod"),
  metadata: fc.record({
    name: fc.string({ maxLength: 8 }),
    annotations: fc.dictionary(fc.string({ maxLength: 8 }), awkward, { maxKeys: 3 }),
  }),
  data: value,
  spec: value,
});

describe("split YAML loading, property-based", () => {
  it("kubectl-style Lists of random objects load and locate as whole documents do", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 5, arbitrary: kubeObject }, { weight: 1, arbitrary: value }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom(0, 2),
        fc.boolean(),
        fc.nat(2),
        (drawn, indent, windows, share) => {
          // Shared objects become anchors and aliases: inside one item, or (share 2) across items.
          const items: unknown[] = drawn.map((o) =>
            share === 1 && isRecord(o) && isRecord(o.metadata) ? { ...o, spec: { selector: o.metadata } } : o,
          );
          if (share === 2) items.push(items[0]);
          let text = indent === 0 ? kubectlList(items) : stringify({ apiVersion: "v1", kind: "List", items });
          if (windows) text = crlf(text);
          const plan = yamlSplitPlan(text);
          expect(plan).toEqual([items.length]);
          expectSame(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("edited Lists and multi-document files load the same whenever the whole parse has no error", () => {
    const seed = `${TRICKY_LIST}---\n${readFileSync(`${FIXTURES}/kube/multi.yaml`, "utf8")}`;
    fc.assert(
      fc.property(
        fc.nat(seed.length),
        fc.nat(40),
        fc.constantFrom(
          "",
          "\n",
          "- ",
          "---\n",
          "  ",
          "\t",
          "#",
          "'",
          '"',
          "[",
          "&a ",
          "*a",
          "items:\n",
          "kind: List\n",
          "\n- x\n",
        ),
        fc.constantFrom("delete", "insert", "dup"),
        (at, len, junk, op) => {
          const text =
            op === "delete"
              ? seed.slice(0, at) + seed.slice(at + len)
              : op === "insert"
                ? seed.slice(0, at) + junk + seed.slice(at)
                : seed.slice(0, at + len) + seed.slice(at, at + len) + seed.slice(at + len);
          const whole = load(text, "whole");
          const split = load(text, "split");
          if (!whole.problems.some((p) => p.code === "invalid-yaml")) expect(split).toEqual(whole);
          else {
            // Errors stay where the whole parse puts them; items around them still load.
            for (const p of split.problems) expect(p.location.line).toBeGreaterThanOrEqual(1);
            expect(split.objects.length).toBeGreaterThanOrEqual(whole.objects.length);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
