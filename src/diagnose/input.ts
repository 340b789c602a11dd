/**
 * Reads Kubernetes objects from `kubectl get ... -o json|yaml` output: a `List` (or `PodList`, `EventList`…)
 * with `items`, single objects, and YAML streams with several documents. Several files may be given.
 */
import { readFile } from "node:fs/promises";
import { LineCounter, parseAllDocuments } from "yaml";
import { InputError, UsageError, type Diagnostic } from "../errors.js";
import type { KubeObject } from "./kube.js";

export interface InputDocument {
  /** File name as the user wrote it, or `<stdin>`. */
  file: string;
  text: string;
}

/** Reads each file (`-` is stdin). Missing files are a UsageError (exit 2). */
export async function readInputs(
  files: string[],
  readStdin: () => Promise<string>,
): Promise<InputDocument[]> {
  const docs: InputDocument[] = [];
  for (const file of files) {
    if (file === "-") {
      docs.push({ file: "<stdin>", text: await readStdin() });
      continue;
    }
    try {
      docs.push({ file, text: await readFile(file, "utf8") });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : "cannot be read";
      throw new UsageError(`${file} ${why}; pass the output of \`kubectl get pods,events,nodes -A -o json\``);
    }
  }
  return docs;
}

/** Parses one document into its Kubernetes objects, lists flattened. Malformed input is an InputError. */
export function parseObjects(doc: InputDocument): KubeObject[] {
  const trimmed = doc.text.trimStart();
  const values: unknown[] = [];
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      values.push(JSON.parse(doc.text));
    } catch (err) {
      throw InputError.single(jsonDiagnostic(doc, err));
    }
  } else {
    const lineCounter = new LineCounter();
    const parsed = parseAllDocuments(doc.text, { lineCounter, prettyErrors: false });
    const list = Array.isArray(parsed) ? parsed : [];
    for (const d of list) {
      const e = d.errors[0];
      if (e) {
        const pos = lineCounter.linePos(e.pos[0]);
        throw InputError.single({
          severity: "error",
          code: "yaml-syntax",
          message: e.message.split("\n")[0] ?? "invalid YAML",
          hint: "Fix the YAML, or pass the JSON that `kubectl get -o json` prints.",
          location: { file: doc.file, line: pos.line, column: pos.col, path: "" },
        });
      }
      try {
        values.push(d.toJS({ maxAliasCount: 100 }));
      } catch (err) {
        throw InputError.single({
          severity: "error",
          code: "yaml-aliases",
          message: err instanceof Error ? err.message : String(err),
          hint: "Remove the excessive YAML aliases.",
          location: { file: doc.file, line: 1, column: 1, path: "" },
        });
      }
    }
  }
  const out: KubeObject[] = [];
  values.forEach((v, i) => collect(v, doc.file, values.length > 1 ? `[${i}]` : "", out));
  return out;
}

function collect(value: unknown, file: string, path: string, out: KubeObject[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, file, `${path}[${i}]`, out));
    return;
  }
  if (typeof value !== "object") {
    throw InputError.single({
      severity: "error",
      code: "not-kubernetes",
      message: `expected a Kubernetes object or List, found ${typeof value}`,
      hint: "Pass the output of `kubectl get pods,events,nodes -A -o json`.",
      location: { file, line: 1, column: 1, path },
    });
  }
  const obj = value as Record<string, unknown>;
  if (
    Array.isArray(obj.items) &&
    (obj.kind === undefined || (typeof obj.kind === "string" && obj.kind.endsWith("List")))
  ) {
    const listKind = typeof obj.kind === "string" ? obj.kind : "List";
    const itemKind = listKind === "List" ? undefined : listKind.slice(0, -"List".length);
    obj.items.forEach((item, i) => {
      if (item && typeof item === "object" && !Array.isArray(item)) {
        const o = item as Record<string, unknown>;
        // `kubectl get pods -o json` items of a PodList carry no kind; the list's kind names it.
        if (o.kind === undefined && itemKind) o.kind = itemKind;
        if (o.apiVersion === undefined && typeof obj.apiVersion === "string") o.apiVersion = obj.apiVersion;
      }
      collect(item, file, `${path}.items[${i}]`, out);
    });
    return;
  }
  if (typeof obj.kind !== "string") {
    throw InputError.single({
      severity: "error",
      code: "not-kubernetes",
      message: "object has no `kind`",
      hint: "Pass the output of `kubectl get pods,events,nodes -A -o json`.",
      location: { file, line: 1, column: 1, path: path || "kind" },
    });
  }
  out.push(obj);
}

export function jsonDiagnostic(doc: InputDocument, err: unknown): Diagnostic {
  const message = err instanceof Error ? err.message : String(err);
  let line = 1;
  let column = 1;
  const lc = /line (\d+) column (\d+)/.exec(message);
  const pos = /position (\d+)/.exec(message);
  if (lc) {
    line = Number(lc[1]);
    column = Number(lc[2]);
  } else if (pos || /end of JSON input/.test(message)) {
    const before = doc.text.slice(0, pos ? Number(pos[1]) : doc.text.length);
    line = before.split("\n").length;
    column = before.length - before.lastIndexOf("\n");
  }
  return {
    severity: "error",
    code: "json-syntax",
    message: message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, ""),
    hint: "Pass the complete output of `kubectl get ... -o json`; it may have been cut off.",
    location: { file: doc.file, line, column, path: "" },
  };
}

/** Reads and parses every input. */
export async function loadObjects(files: string[], readStdin: () => Promise<string>): Promise<KubeObject[]> {
  const docs = await readInputs(files, readStdin);
  return docs.flatMap(parseObjects);
}
