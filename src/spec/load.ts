/**
 * Loads a spec file: YAML with positions → schema check → typed document. Every problem is collected
 * and reported together with file:line:col, the key path and what to do.
 */
import { readFile, stat } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { InputError, type Diagnostic } from "../errors.js";
import { formatKeyPath, type KeyPath } from "../audit/facts.js";
import { PlatformDocument, type PlatformDocumentT } from "./schema.js";
import { MAX_SPEC_BYTES, parseYamlSource, type SourceDocument } from "./yaml-source.js";
import { closest } from "./suggest.js";

export interface LoadedSpec {
  file: string;
  document: PlatformDocumentT;
  source: SourceDocument;
}

/** Spec files may also be JavaScript/TypeScript modules whose default export is `definePlatform({...})`. */
const MODULE_EXTENSIONS = /\.(mjs|js|mts|ts)$/;

export async function loadSpecFile(file: string): Promise<LoadedSpec> {
  if (MODULE_EXTENSIONS.test(file)) return loadSpecModule(file);
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory())
      throw specFileError(
        file,
        `${file} is a directory`,
        "Pass the path of a spec file such as akskit.yaml.",
      );
    if (info.size > MAX_SPEC_BYTES)
      throw specFileError(
        file,
        `${file} is larger than ${MAX_SPEC_BYTES} bytes`,
        "A platform spec is a few hundred lines; check that this is the right file.",
        "file-too-large",
      );
    text = await readFile(file, "utf8");
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw specFileError(
      file,
      code === "ENOENT" ? `${file} does not exist` : `cannot read ${file} (${code ?? "error"})`,
      code === "ENOENT"
        ? "Create one with `akskit init`, or pass the path of your spec."
        : "Check the file's permissions.",
    );
  }
  return loadSpecText(file, text);
}

function specFileError(file: string, message: string, hint: string, code = "file-unreadable"): InputError {
  return InputError.single({
    severity: "error",
    code,
    message,
    hint,
    location: { file, line: 1, column: 1, path: "" },
  });
}

/** Parses and schema-checks spec text. Throws InputError with every problem. */
export function loadSpecText(file: string, text: string): LoadedSpec {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) throw new InputError(parsed.diagnostics);
  const source = parsed.doc;
  if (
    source.value === null ||
    source.value === undefined ||
    typeof source.value !== "object" ||
    Array.isArray(source.value)
  ) {
    throw InputError.single({
      severity: "error",
      code: "not-a-spec",
      message: "the file is not a YAML mapping",
      hint: "A spec starts with `apiVersion: akskit.dev/v1alpha1` and `kind: Platform`; run `akskit init` for a commented example.",
      location: source.locate([]),
    });
  }
  const result = PlatformDocument.safeParse(source.value);
  if (!result.success) throw new InputError(issuesToDiagnostics(result.error.issues, source));
  return { file, document: result.data as PlatformDocumentT, source };
}

/** Turns zod issues into located diagnostics with a hint each. */
export function issuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  source: SourceDocument,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(PlatformDocument, path);
      for (const key of issue.keys) {
        const suggestion = closest(key, known);
        out.push({
          severity: "error",
          code: "unknown-key",
          message: `unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
          hint: known.length > 0 ? `Allowed keys here: ${known.join(", ")}.` : "Remove this key.",
          location: source.locate([...path, key]),
        });
      }
      continue;
    }
    const valueAt = getAt(source.value, path);
    out.push({
      severity: "error",
      code: codeFor(issue),
      message: messageFor(issue, valueAt, path),
      hint: hintFor(issue, path),
      location: valueAt === undefined ? source.locate(path) : source.locateValue(path),
    });
  }
  out.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  return out;
}

function codeFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return "wrong-type";
    case "invalid_value":
      return "bad-value";
    case "invalid_format":
      return "bad-format";
    case "too_small":
    case "too_big":
      return "out-of-range";
    default:
      return "invalid";
  }
}

function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${JSON.stringify(v)}`;
}

function messageFor(issue: z.core.$ZodIssue, value: unknown, path: KeyPath): string {
  const last = [...path].reverse().find((p) => typeof p === "string");
  const where =
    path.length === 0
      ? "the document"
      : typeof path[path.length - 1] === "number"
        ? `${String(last)}[${String(path[path.length - 1])}]`
        : String(last);
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `${where} is required`;
      return `${where} must be ${article(issue.expected)}, got ${describeValue(value)}`;
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const suggestion = typeof value === "string" ? closest(value, issue.values.map(String)) : undefined;
      return `${where} is ${describeValue(value)}; must be ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(", ")}`}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`;
    }
    case "too_small":
      return `${where} is ${describeValue(value)}; ${issue.origin === "array" ? "needs at least" : "must be at least"} ${String(issue.minimum)}`;
    case "too_big":
      return `${where} is ${describeValue(value)}; ${issue.origin === "array" ? "may have at most" : "must be at most"} ${String(issue.maximum)}`;
    default:
      return `${where} ${issue.message.startsWith("must") ? issue.message : `is invalid: ${issue.message}`}`;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    number: "a number",
    int: "an integer",
    boolean: "true or false",
  };
  return names[expected] ?? expected;
}

function hintFor(issue: z.core.$ZodIssue, path: KeyPath): string {
  const key = path[path.length - 1];
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "object"
        ? `Write ${String(key ?? "it")} as a mapping of keys (see docs/spec.md).`
        : `Set ${String(key ?? "it")} to ${article(issue.expected)} (see docs/spec.md).`;
    case "invalid_value":
      return `Use one of the allowed values (see docs/spec.md#${anchor(path)}).`;
    default:
      return `See docs/spec.md#${anchor(path)} for the allowed values.`;
  }
}

function anchor(path: KeyPath): string {
  return path
    .filter((p) => typeof p === "string")
    .join("")
    .toLowerCase();
}

/** The value at a key path, or undefined where the path leaves the document. */
export function getAt(value: unknown, path: KeyPath): unknown {
  let cur = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** Keys the schema allows at a path (for "did you mean"). */
export function knownKeys(schema: z.ZodType, path: KeyPath): string[] {
  let cur: z.ZodType | undefined = schema;
  for (const seg of path) {
    cur = unwrap(cur);
    if (cur instanceof z.ZodObject) cur = (cur.shape as Record<string, z.ZodType>)[String(seg)];
    else if (cur instanceof z.ZodArray) cur = cur.element as z.ZodType;
    else if (cur instanceof z.ZodRecord) cur = cur.valueType as z.ZodType;
    else return [];
    if (!cur) return [];
  }
  cur = unwrap(cur);
  return cur instanceof z.ZodObject ? Object.keys(cur.shape) : [];
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault)
    cur = cur.unwrap() as z.ZodType;
  return cur;
}

/**
 * Loads a spec written as a module (`export default definePlatform({...})`). TypeScript modules need a
 * runtime that strips types (Node 22.6+ with --experimental-strip-types, Node 23.6+, or tsx).
 * Problems are located by key path; a module has no YAML positions, so line and column are 1.
 */
async function loadSpecModule(file: string): Promise<LoadedSpec> {
  let value: unknown;
  try {
    const mod = (await import(pathToFileURL(resolvePath(file)).href)) as { default?: unknown };
    value = mod.default;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const ts = /\.m?ts$/.test(file);
    throw specFileError(
      file,
      code === "ERR_MODULE_NOT_FOUND"
        ? `${file} does not exist`
        : `cannot load ${file}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
      ts
        ? "TypeScript specs need a runtime that strips types (Node 23.6+, or run akskit through tsx); or write the spec in YAML."
        : "Check the module; its default export must be definePlatform({...}).",
      "module-load",
    );
  }
  const source: SourceDocument = {
    file,
    value,
    locate: (path) => ({ file, line: 1, column: 1, path: formatKeyPath(path) }),
    locateValue: (path) => ({ file, line: 1, column: 1, path: formatKeyPath(path) }),
  };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw InputError.single({
      severity: "error",
      code: "not-a-spec",
      message: "the module's default export is not a platform spec",
      hint: "Export definePlatform({...}) as the default export.",
      location: source.locate([]),
    });
  }
  const result = PlatformDocument.safeParse(value);
  if (!result.success) throw new InputError(issuesToDiagnostics(result.error.issues, source));
  return { file, document: result.data as PlatformDocumentT, source };
}

/** Typed helper for specs written in TypeScript or JavaScript: `export default definePlatform({...})`. */
export function definePlatform(spec: PlatformDocumentT): PlatformDocumentT {
  return spec;
}
