/** JSON/YAML input files with source positions, so bad input is reported as file:line:col. */
import { readFile } from "node:fs/promises";
import { LineCounter, isNode, parseDocument } from "yaml";
import { InputError, UsageError, type SourceLocation } from "../errors.js";
import { jsonDiagnostic } from "../diagnose/input.js";

export interface SourceFile {
  file: string;
  value: unknown;
  /** Location of the key path `["agentPoolProfiles", 0, "count"]`, or of the nearest parent that exists. */
  locate: (path: (string | number)[]) => SourceLocation;
}

export function pathText(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

export function parseSource(file: string, text: string): SourceFile {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    // JSON first: its error messages are the clear ones for az and kubectl output.
    try {
      JSON.parse(text);
    } catch (err) {
      throw InputError.single({
        ...jsonDiagnostic({ file, text }, err),
        hint: "Pass the complete, unmodified output of the az or kubectl command; it may have been cut off.",
      });
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const pos = lineCounter.linePos(err.pos[0]);
    throw InputError.single({
      severity: "error",
      code: "syntax",
      message: err.message.split("\n")[0] ?? "invalid JSON/YAML",
      hint: "Pass the unmodified output of the az or kubectl command.",
      location: { file, line: pos.line, column: pos.col, path: "" },
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw InputError.single({
      severity: "error",
      code: "yaml-aliases",
      message: e instanceof Error ? e.message : String(e),
      hint: "Remove the excessive YAML aliases.",
      location: { file, line: 1, column: 1, path: "" },
    });
  }
  const locate = (path: (string | number)[]): SourceLocation => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { file, line: pos.line, column: pos.col, path: pathText(path) };
      }
    }
    return { file, line: 1, column: 1, path: pathText(path) };
  };
  return { file, value, locate };
}

export async function readSource(file: string): Promise<SourceFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${file} ${code === "ENOENT" ? "does not exist" : "cannot be read"}`);
  }
  return parseSource(file, text);
}
