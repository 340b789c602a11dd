/**
 * Markdown for a pull-request comment: a one-line verdict, counts by severity, pillar scores, a table
 * of findings (collapsed when long) and input problems.
 */
import { SEVERITIES } from "../../rules/types.js";
import { ruleDocsUrl } from "../rule-docs.js";
import { countBySeverity, escapeMarkdownCell, plural, type ReportInput } from "./common.js";

/** Findings shown before the rest is folded into a <details> block. */
const OPEN_ROWS = 50;

export function renderMarkdown(input: ReportInput): string {
  const { result } = input;
  const n = result.findings.length;
  const counts = countBySeverity(result.findings);
  const lines: string[] = ["## akskit audit", ""];
  lines.push(
    n === 0
      ? `✅ No findings (profile **${result.profile}**, ${plural(result.rules.length, "rule")}, ${plural(result.stats.objects, "object")}).`
      : `❌ **${plural(n, "finding")}** (profile **${result.profile}**, ${plural(result.rules.length, "rule")}, ${plural(result.stats.objects, "object")}).`,
  );
  lines.push("");
  lines.push(`| ${SEVERITIES.join(" | ")} | suppressed | input problems |`);
  lines.push(`| ${SEVERITIES.map(() => "---:").join(" | ")} | ---: | ---: |`);
  lines.push(
    `| ${SEVERITIES.map((s) => String(counts[s])).join(" | ")} | ${result.suppressed.length} | ${result.problems.length} |`,
  );
  lines.push("");
  lines.push("| Pillar | Score |", "| --- | ---: |");
  for (const s of result.scores)
    lines.push(`| ${s.pillar} | ${s.score === null ? "n/a" : String(s.score)} |`);
  lines.push("");
  if (n > 0) {
    const header = ["| Severity | Rule | Object | Location | Message |", "| --- | --- | --- | --- | --- |"];
    const rows = result.findings.map((f) => {
      const where = `${f.location.file}:${f.location.line}:${f.location.column}`;
      const msg = f.note ? `${f.message} _(${f.note})_` : f.message;
      return `| ${f.severity} | [${f.ruleId}](${ruleDocsUrl(f.ruleId)}) | \`${escapeMarkdownCell(f.object.id)}\` | \`${escapeMarkdownCell(where)}\` | ${escapeMarkdownCell(msg)} |`;
    });
    lines.push("### Findings", "", ...header, ...rows.slice(0, OPEN_ROWS), "");
    if (rows.length > OPEN_ROWS) {
      lines.push(
        `<details><summary>${plural(rows.length - OPEN_ROWS, "more finding")}</summary>`,
        "",
        ...header,
        ...rows.slice(OPEN_ROWS),
        "",
        "</details>",
        "",
      );
    }
  }
  if (result.problems.length > 0) {
    lines.push("### Input problems", "");
    for (const p of result.problems)
      lines.push(
        `- **${p.severity}** \`${escapeMarkdownCell(`${p.location.file}:${p.location.line}:${p.location.column}`)}\` ${escapeMarkdownCell(p.message)}${p.hint ? ` — ${escapeMarkdownCell(p.hint)}` : ""}`,
      );
    lines.push("");
  }
  return lines.join("\n");
}
