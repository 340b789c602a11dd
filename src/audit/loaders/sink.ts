/**
 * What every loader writes into: the facts it found and the problems it met. Loaders never throw on bad
 * input; they record a Diagnostic with the location and what to do, and load whatever else they can.
 */
import type { Diagnostic, DiagnosticSeverity } from "../../errors.js";
import type { Facts } from "../facts.js";

export interface LoadSink {
  facts: Facts;
  problems: Diagnostic[];
  /**
   * Agent pools whose cluster was not loaded (yet). When present, loaders park such pools here and
   * the caller attaches them once every input is loaded (`az aks nodepool list` before `az aks show`).
   */
  orphans?: { attach: () => boolean; report: (into: LoadSink) => void }[];
}

export interface ProblemInput {
  file: string;
  line?: number;
  column?: number;
  path?: string;
  code: string;
  message: string;
  hint?: string;
  severity?: DiagnosticSeverity;
}

export function addProblem(sink: LoadSink, p: ProblemInput): void {
  sink.problems.push({
    severity: p.severity ?? "error",
    code: p.code,
    message: p.message,
    ...(p.hint ? { hint: p.hint } : {}),
    location: { file: p.file, line: p.line ?? 1, column: p.column ?? 1, path: p.path ?? "" },
  });
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
