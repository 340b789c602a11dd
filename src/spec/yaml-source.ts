/**
 * YAML parsing that keeps source positions, so that every problem can name file:line:col.
 * Rejects what YAML allows but a spec must not have: duplicate keys, alias bombs, huge files.
 */
import {
  LineCounter,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
} from "yaml";
import type { Diagnostic, SourceLocation } from "../errors.js";
import { formatKeyPath, type KeyPath } from "../audit/facts.js";

/** Specs are short; anything over 1 MiB is a mistake (or an attack). */
export const MAX_SPEC_BYTES = 1024 * 1024;
/** Aliases allowed per document; the `yaml` library throws past this, which stops alias bombs. */
export const MAX_ALIASES = 100;

export interface SourceDocument {
  file: string;
  value: unknown;
  /** Location of a key path; falls back to the deepest existing parent. Points at the key for map entries. */
  locate(path: KeyPath): SourceLocation;
  /** Location of the value (not the key) at a path. */
  locateValue(path: KeyPath): SourceLocation;
}

export type ParseResult = { ok: true; doc: SourceDocument } | { ok: false; diagnostics: Diagnostic[] };

export function parseYamlSource(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const at = (offset: number, path: KeyPath = []): SourceLocation => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col, path: formatKeyPath(path) };
  };
  if (Buffer.byteLength(text, "utf8") > MAX_SPEC_BYTES) {
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          code: "file-too-large",
          message: `file is larger than ${MAX_SPEC_BYTES} bytes`,
          hint: "A platform spec is a few hundred lines; check that this is the right file.",
          location: { file, line: 1, column: 1, path: "" },
        },
      ],
    };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (err) {
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          code: "yaml-syntax",
          message: err instanceof Error ? err.message : String(err),
          location: at(0),
        },
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const duplicate = e.code === "DUPLICATE_KEY";
    diagnostics.push({
      severity: "error",
      code: duplicate ? "duplicate-key" : "yaml-syntax",
      message: firstLine(e.message),
      hint: duplicate
        ? "Remove one of the two entries; YAML keys must be unique."
        : "Fix the YAML syntax at this position.",
      location: at(e.pos[0]),
    });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const bomb = /alias/i.test(msg);
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          code: bomb ? "yaml-alias-limit" : "yaml-syntax",
          message: bomb ? `too many YAML alias expansions (${msg})` : msg,
          hint: bomb
            ? "Write the values out instead of using deeply nested anchors and aliases."
            : "Fix the YAML syntax.",
          location: at(0),
        },
      ],
    };
  }

  const nodeAt = (path: KeyPath): { node: Node | undefined; keyNode: Node | undefined; depth: number } => {
    let current: unknown = doc.contents;
    let keyNode: Node | undefined;
    let depth = 0;
    for (const seg of path) {
      if (isMap(current)) {
        const pair = current.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
        );
        if (!pair) break;
        keyNode = isNode(pair.key) ? pair.key : undefined;
        current = pair.value;
      } else if (isSeq(current) && /^\d+$/.test(String(seg))) {
        const item = current.items[Number(seg)];
        if (item === undefined) break;
        keyNode = undefined;
        current = item;
      } else break;
      depth++;
    }
    return { node: isNode(current) ? current : undefined, keyNode, depth };
  };

  const locateImpl = (path: KeyPath, preferKey: boolean): SourceLocation => {
    const { node, keyNode, depth } = nodeAt(path);
    const complete = depth === path.length;
    const target = complete && preferKey && keyNode ? keyNode : (node ?? keyNode);
    const offset = target?.range?.[0] ?? 0;
    return at(offset, path);
  };

  return {
    ok: true,
    doc: {
      file,
      value,
      locate: (path) => locateImpl(path, true),
      locateValue: (path) => locateImpl(path, false),
    },
  };
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}
