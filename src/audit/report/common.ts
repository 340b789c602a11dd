/**
 * What every reporter gets, and the small helpers they share (counts, escaping, relative paths).
 * Reporters are pure: same result in, byte-identical text out (no timestamps, no timings).
 */
import { relative, sep } from "node:path";
import type { Severity } from "../../rules/types.js";
import { SEVERITIES } from "../../rules/types.js";
import type { AuditResult } from "../audit.js";
import type { ReportedFinding } from "../suppress.js";

export interface ReportInput {
  result: AuditResult;
  /** akskit's version, for the tool sections of JSON/SARIF. */
  version: string;
  /** ANSI colours (text report on a TTY only). */
  color?: boolean;
  /** Paths in SARIF are made relative to this folder (the repository root in CI). */
  baseDir?: string;
}

export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const out = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

export function severitySummary(findings: readonly { severity: Severity }[]): string {
  const c = countBySeverity(findings);
  return SEVERITIES.filter((s) => c[s] > 0)
    .map((s) => `${c[s]} ${s}`)
    .join(", ");
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Findings grouped by object, in the order of their first finding. */
export function groupByObject(
  findings: readonly ReportedFinding[],
): { key: string; findings: ReportedFinding[] }[] {
  const groups = new Map<string, ReportedFinding[]>();
  for (const f of findings) {
    const key = `${f.location.file}\u0000${f.object.id}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups].map(([key, list]) => ({ key, findings: list }));
}

/** Is this location a real file (not an API path, a resource id or stdin)? */
export function isFileLocation(file: string): boolean {
  return !(
    file.startsWith("/api/") ||
    file.startsWith("/apis/") ||
    file.toLowerCase().startsWith("/subscriptions/") ||
    file.startsWith("<") ||
    file.startsWith("kubeconfig context")
  );
}

export function relativePath(file: string, baseDir: string | undefined): string {
  if (!baseDir) return file.split(sep).join("/");
  const rel = relative(baseDir, file);
  return (rel.startsWith("..") ? file : rel).split(sep).join("/");
}

export function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Characters XML 1.0 does not allow at all, even escaped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
  );
}

export const escapeHtml = escapeXml;

export function escapeMarkdownCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}
