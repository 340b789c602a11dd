/**
 * The terminal report: findings grouped by object, each with severity, rule, message and
 * file:line:col; then input problems; then a summary with a score per pillar. Colour only on a TTY.
 */
import type { Severity } from "../../rules/types.js";
import { formatDiagnostic } from "../../errors.js";
import { groupByObject, plural, severitySummary, type ReportInput } from "./common.js";

const COLORS: Record<Severity | "dim" | "bold" | "reset" | "ok", string> = {
  critical: "\u001b[1;35m",
  high: "\u001b[31m",
  medium: "\u001b[33m",
  low: "\u001b[36m",
  info: "\u001b[2m",
  dim: "\u001b[2m",
  bold: "\u001b[1m",
  ok: "\u001b[32m",
  reset: "\u001b[0m",
};

export function renderText(input: ReportInput): string {
  const { result } = input;
  const paint = (c: keyof typeof COLORS, s: string): string =>
    input.color ? `${COLORS[c]}${s}${COLORS.reset}` : s;
  const out: string[] = [];
  let lastFile = "";
  for (const group of groupByObject(result.findings)) {
    const first = group.findings[0];
    if (!first) continue;
    if (first.location.file !== lastFile) {
      if (out.length > 0) out.push("");
      out.push(paint("bold", first.location.file));
      lastFile = first.location.file;
    }
    out.push(`  ${first.object.id}`);
    for (const f of group.findings) {
      const where = `${f.location.line}:${f.location.column}`;
      const path = f.location.path ? ` ${f.location.path}` : "";
      out.push(
        `    ${paint(f.severity, f.severity.toUpperCase().padEnd(8))} ${f.ruleId}  ${f.message}  ${paint("dim", `${where}${path}`)}`,
      );
      if (f.note) out.push(`             ${paint("dim", `note: ${f.note}`)}`);
    }
  }
  if (result.problems.length > 0 || result.ruleErrors.length > 0) {
    if (out.length > 0) out.push("");
    out.push(paint("bold", "Input problems"));
    for (const p of result.problems) out.push(`  ${formatDiagnostic(p).replace(/\n/g, "\n  ")}`);
    for (const e of result.ruleErrors)
      out.push(`  rule ${e.ruleId} failed: ${e.message} (a bug in akskit; please report it)`);
  }
  if (out.length > 0) out.push("");
  const n = result.findings.length;
  const sev = severitySummary(result.findings);
  const parts = [
    n === 0 ? paint("ok", "no findings") : `${plural(n, "finding")} (${sev})`,
    plural(result.suppressed.length, "suppressed", "suppressed"),
    plural(result.problems.length, "input problem"),
  ];
  out.push(
    `${parts.join(", ")}; ${plural(result.rules.length, "rule")} (profile ${result.profile}) over ${plural(result.stats.objects, "object")} from ${plural(result.stats.files, "file")}`,
  );
  const scores = result.scores
    .map((s) => `${s.pillar} ${s.score === null ? "n/a" : String(s.score)}`)
    .join("  ");
  out.push(`Scores: ${scores}`);
  return out.join("\n") + "\n";
}
