import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKubeJson, loadKubeYaml } from "../../../src/audit/loaders/kube.js";
import { FIXTURES, newSink } from "../helpers.js";

describe("Kubernetes YAML loader", () => {
  it("loads every document of a multi-document file, flattening Lists", () => {
    const sink = newSink();
    const file = `${FIXTURES}/kube/multi.yaml`;
    loadKubeYaml(file, readFileSync(file, "utf8"), sink);
    expect(sink.problems).toEqual([]);
    expect(sink.facts.kubeObjects.map((o) => o.id)).toEqual([
      "Namespace/web",
      "Deployment/web/frontend",
      "ServiceAccount/web/frontend",
    ]);
    expect(sink.facts.kubeObjects[1]?.source).toEqual({ file, kind: "kubernetes" });
  });

  it("locates key paths at the key, in the right document", () => {
    const sink = newSink();
    const file = `${FIXTURES}/kube/multi.yaml`;
    loadKubeYaml(file, readFileSync(file, "utf8"), sink);
    const deploy = sink.facts.kubeObjects[1]!;
    expect(deploy.locate(["spec", "template", "spec", "containers", 0, "image"])).toEqual({
      file,
      line: 25,
      column: 11,
      path: "spec.template.spec.containers[0].image",
    });
    expect(deploy.locate(["spec", "replicas"])).toMatchObject({ line: 16, column: 3 });
    // A missing key points at its deepest existing parent.
    expect(deploy.locate(["spec", "template", "spec", "securityContext"])).toMatchObject({
      line: 22,
      column: 5,
    });
    const sa = sink.facts.kubeObjects[2]!;
    expect(sa.locate(["metadata", "name"])).toMatchObject({ line: 35, column: 7 });
  });

  it("reports a syntax error with its position and still loads the other documents", () => {
    const sink = newSink();
    const text =
      "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\nkind: [unclosed\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n";
    loadKubeYaml("bad.yaml", text, sink);
    expect(sink.facts.kubeObjects.map((o) => o.id)).toEqual(["ConfigMap/a", "Namespace/b"]);
    expect(sink.problems).toHaveLength(1);
    expect(sink.problems[0]).toMatchObject({
      severity: "error",
      code: "invalid-yaml",
      location: { file: "bad.yaml", line: 6 },
    });
  });

  it("stops an alias bomb with a problem instead of expanding it", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
    ].join("\n");
    const sink = newSink();
    loadKubeYaml("bomb.yaml", bomb, sink);
    expect(sink.facts.kubeObjects).toEqual([]);
    expect(sink.problems[0]?.code).toBe("yaml-alias-limit");
  });

  it("warns about documents that are not Kubernetes objects", () => {
    const sink = newSink();
    loadKubeYaml("x.yaml", "name: not-k8s\nvalue: 1\n", sink);
    expect(sink.problems).toMatchObject([
      { severity: "warning", code: "not-kubernetes", location: { line: 1, column: 1 } },
    ]);
  });
});

describe("Kubernetes JSON loader", () => {
  it("loads a kubectl List and locates items lazily", () => {
    const sink = newSink();
    const file = `${FIXTURES}/kube/list.json`;
    loadKubeJson(file, readFileSync(file, "utf8"), sink);
    expect(sink.problems).toEqual([]);
    expect(sink.facts.kubeObjects.map((o) => o.id)).toEqual([
      "Deployment/payments/api",
      "Service/payments/api",
      "Namespace/payments",
    ]);
    const deploy = sink.facts.kubeObjects[0]!;
    expect(
      deploy.locate(["spec", "template", "spec", "containers", 0, "securityContext", "privileged"]),
    ).toEqual({
      file,
      line: 23,
      column: 54,
      path: "spec.template.spec.containers[0].securityContext.privileged",
    });
    expect(sink.facts.kubeObjects[2]!.locate(["metadata", "name"])).toMatchObject({ line: 43, column: 27 });
  });

  it("accepts a bare array of objects", () => {
    const sink = newSink();
    loadKubeJson("a.json", '[{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"x"}}]', sink);
    expect(sink.facts.kubeObjects.map((o) => o.id)).toEqual(["Namespace/x"]);
  });

  it("reports invalid JSON with a position", () => {
    const sink = newSink();
    loadKubeJson("bad.json", '{\n  "apiVersion": "v1",\n  "kind": }', sink);
    expect(sink.facts.kubeObjects).toEqual([]);
    expect(sink.problems[0]).toMatchObject({
      code: "invalid-json",
      location: { file: "bad.json", line: 3, column: 11 },
    });
  });
});
