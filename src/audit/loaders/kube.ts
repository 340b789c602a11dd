/**
 * Kubernetes manifests: YAML (multi-document, `kind: List`) with exact positions from the `yaml`
 * package, and JSON (`kubectl get -A -o json`) on a fast path — `JSON.parse`, keep the text, compute a
 * position only when a finding asks for one.
 */
import type { InputKind, KubeObjectFact, Locator } from "../facts.js";
import { formatKeyPath, kubeObjectId } from "../facts.js";
import { JsonText, jsonErrorOffset } from "../json-text.js";
import { loadKubeYamlSplit, loadKubeYamlWhole } from "./kube-yaml.js";
import { addProblem, isRecord, type LoadSink } from "./sink.js";

export function loadKubeJson(file: string, text: string, sink: LoadSink): void {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (err) {
    const jt = new JsonText(text);
    const msg = err instanceof Error ? err.message : String(err);
    const pos = jt.position(jsonErrorOffset(msg, jt));
    addProblem(sink, {
      file,
      ...pos,
      code: "invalid-json",
      message: `invalid JSON: ${msg}`,
      hint: "Fix the JSON syntax, or pass the file through `jq .` to find the error.",
    });
    return;
  }
  addJsonValue(file, new JsonText(text), root, [], sink, "kubernetes");
}

/** Adds a parsed JSON value (object, List or array of objects) whose text is `jt`. */
export function addJsonValue(
  file: string,
  jt: JsonText,
  value: unknown,
  prefix: (string | number)[],
  sink: LoadSink,
  kind: InputKind,
): void {
  const root = jt.rootOffset();
  const locatorAt = (base: (string | number)[]): Locator => {
    // The object's own offset, found once; paths inside it go through the object's one-pass index.
    let start: number | undefined;
    return (path, formatted) => {
      if (start === undefined) {
        const hit = jt.find(root, base);
        start = hit.matched === base.length ? hit.offset : -1;
      }
      const hit = start >= 0 ? jt.findIn(start, path) : jt.find(root, [...base, ...path]);
      return { file, ...jt.position(hit.offset), path: formatted ?? formatKeyPath(path) };
    };
  };
  walkObjects(value, prefix, sink, file, kind, locatorAt);
}

/**
 * `split` (the default) parses a List item by item and keeps no node tree (kube-yaml.ts); `whole` is the
 * loader as it was, each document parsed in one piece, kept as the reference the split path is tested against.
 */
export function loadKubeYaml(
  file: string,
  text: string,
  sink: LoadSink,
  mode: "split" | "whole" = "split",
): void {
  (mode === "whole" ? loadKubeYamlWhole : loadKubeYamlSplit)(file, text, sink, walkObjects);
}

/** The object walk handed to the YAML loader (kube-yaml.ts imports only this type: no import cycle at run time). */
export type KubeWalk = typeof walkObjects;

/** Visits objects, Lists and arrays; adds every Kubernetes object found and a problem for anything else. */
function walkObjects(
  value: unknown,
  base: (string | number)[],
  sink: LoadSink,
  file: string,
  kind: InputKind,
  locatorAt: (base: (string | number)[]) => Locator,
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkObjects(v, [...base, i], sink, file, kind, locatorAt));
    return;
  }
  if (!isRecord(value)) {
    const loc = locatorAt(base)([]);
    addProblem(sink, {
      file,
      line: loc.line,
      column: loc.column,
      path: formatKeyPath(base),
      code: "not-an-object",
      message: "expected a Kubernetes object (a mapping with apiVersion and kind)",
      severity: "warning",
    });
    return;
  }
  if (typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items)) {
    const items = value.items as unknown[];
    for (let i = 0; i < items.length; i++)
      walkObjects(items[i], [...base, "items", i], sink, file, kind, locatorAt);
    return;
  }
  if (typeof value.apiVersion !== "string" || typeof value.kind !== "string") {
    const loc = locatorAt(base)([]);
    addProblem(sink, {
      file,
      line: loc.line,
      column: loc.column,
      path: formatKeyPath(base),
      code: "not-kubernetes",
      message: "object has no apiVersion or kind; it is not a Kubernetes object and was skipped",
      hint: "Check that the file is a Kubernetes manifest; Helm and kustomize sources must be rendered first (`helm template`, `kubectl kustomize`).",
      severity: "warning",
    });
    return;
  }
  sink.facts.kubeObjects.push(kubeObjectFact(value, file, kind, locatorAt(base)));
}

export function kubeObjectFact(
  object: Record<string, unknown>,
  file: string,
  kind: InputKind,
  locate: Locator,
): KubeObjectFact {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const k = object.kind as string;
  const name = typeof metadata.name === "string" ? metadata.name : "";
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace : undefined;
  const source = sourceOf(file, kind);
  const apiVersion = object.apiVersion as string;
  // One literal shape for every fact (facts.ts, KubeObjectFact).
  return {
    id: kubeObjectId(k, name, namespace),
    source,
    locate,
    apiVersion,
    kind: k,
    name,
    namespace,
    object,
    derived: undefined,
  };
}

/** One (read-only) source record per file for all its objects, instead of one per object. */
let lastSource: KubeObjectFact["source"] | undefined;
function sourceOf(file: string, kind: InputKind): KubeObjectFact["source"] {
  if (lastSource?.file !== file || lastSource.kind !== kind) lastSource = { file, kind };
  return lastSource;
}
