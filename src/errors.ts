/**
 * Error channels (STYLE.md habit 9):
 * - `InputError`: the user's input is wrong. Carries every diagnostic with its location; the CLI prints
 *   them and exits 2. Never shows a stack trace.
 * - `UsageError`: the command line is wrong (unknown flag value, missing file). Exit 2.
 * - Anything else is a bug in akskit: the CLI prints one line asking for a report, exit 70.
 */

/** A position in a source file, 1-based line and column. `path` is the key path inside the document. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** JSON-path-like key path, e.g. `spec.nodePools[1].vmSize`; empty for the whole document. */
  path: string;
}

export type DiagnosticSeverity = "error" | "warning";

/** One problem found in user input: where, what, and what to do about it. */
export interface Diagnostic {
  severity: DiagnosticSeverity;
  /** Stable machine-readable code, e.g. `unknown-key`, `cidr-overlap`. */
  code: string;
  message: string;
  /** What the user should do, as a sentence. */
  hint?: string;
  location: SourceLocation;
}

export class InputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "InputError";
    this.diagnostics = diagnostics;
  }
  static single(d: Diagnostic): InputError {
    return new InputError([d]);
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = formatLocation(d.location);
  const path = d.location.path ? ` (${d.location.path})` : "";
  const hint = d.hint ? `\n    → ${d.hint}` : "";
  return `${where}: ${d.severity}: ${d.message}${path} [${d.code}]${hint}`;
}
