/** Markdown report, for pull requests, tickets and incident notes. */
import type { DiagnoseResult } from "../index.js";
import { refText, summaryLine } from "./text.js";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

export function renderMarkdown(result: DiagnoseResult): string {
  const out: string[] = ["# akskit diagnose", "", summaryLine(result), ""];
  if (result.diagnoses.length > 0) {
    out.push("| Object | Problem | Id |", "| --- | --- | --- |");
    for (const d of result.diagnoses)
      out.push(`| ${cell(refText(d.object))} | ${cell(d.summary)} | \`${d.id}\` |`);
    out.push("");
  }
  for (const d of result.diagnoses) {
    out.push(
      `## ${refText(d.object)}: ${d.summary}`,
      "",
      `\`${d.id}\``,
      "",
      "**Evidence**",
      "",
      "| Field | Value |",
      "| --- | --- |",
    );
    for (const e of d.evidence) out.push(`| \`${cell(e.field)}\` | ${cell(e.value)} |`);
    out.push(
      "",
      `**Cause.** ${d.cause}`,
      "",
      "**Confirm**",
      "",
      "```sh",
      ...d.confirm,
      "```",
      "",
      "**Fix**",
      "",
    );
    for (const f of d.fix) out.push(`- ${f}`);
    out.push("", `_Source: ${d.source}_`, "");
  }
  return out.join("\n");
}
