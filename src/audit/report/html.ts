/**
 * One self-contained HTML file (inline CSS, no scripts, no external requests): summary, pillar scores,
 * findings grouped by object, input problems. Every value is escaped.
 */
import { SEVERITIES } from "../../rules/types.js";
import { ruleDocsUrl } from "../rule-docs.js";
import { countBySeverity, escapeHtml as e, groupByObject, plural, type ReportInput } from "./common.js";

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
.sev{font-weight:600;text-transform:uppercase;font-size:12px}
.critical{color:#8250df}.high{color:#cf222e}.medium{color:#9a6700}.low{color:#0969da}.info{color:#57606a}
.cards{display:flex;gap:.75rem;flex-wrap:wrap}.card{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .9rem;min-width:6rem}
.card b{display:block;font-size:1.4rem}.obj{margin-top:1rem;font-weight:600}.note{color:#57606a;font-style:italic}
`;

export function renderHtml(input: ReportInput): string {
  const { result } = input;
  const counts = countBySeverity(result.findings);
  const out: string[] = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>akskit audit — ${plural(result.findings.length, "finding")}</title>`,
    `<style>${CSS.trim()}</style>`,
    "</head>",
    "<body>",
    `<h1>akskit audit</h1>`,
    `<p>Profile <b>${e(result.profile)}</b> · ${plural(result.rules.length, "rule")} · ${plural(result.stats.objects, "object")} from ${plural(result.stats.files, "file")} · akskit ${e(input.version)}</p>`,
    '<div class="cards">',
    ...SEVERITIES.map((s) => `<div class="card"><span class="sev ${s}">${s}</span><b>${counts[s]}</b></div>`),
    `<div class="card"><span class="sev">suppressed</span><b>${result.suppressed.length}</b></div>`,
    `<div class="card"><span class="sev">input problems</span><b>${result.problems.length}</b></div>`,
    "</div>",
    "<h2>Scores by pillar</h2>",
    "<table><thead><tr><th>Pillar</th><th>Score</th><th>Checks</th><th>Failed</th></tr></thead><tbody>",
    ...result.scores.map(
      (s) =>
        `<tr><td>${e(s.pillar)}</td><td>${s.score === null ? "n/a" : String(s.score)}</td><td>${s.checks}</td><td>${s.failed}</td></tr>`,
    ),
    "</tbody></table>",
    "<h2>Findings</h2>",
  ];
  if (result.findings.length === 0) out.push("<p>No findings.</p>");
  for (const group of groupByObject(result.findings)) {
    const first = group.findings[0];
    if (!first) continue;
    out.push(
      `<div class="obj"><code>${e(first.object.id)}</code> — <code>${e(first.location.file)}</code></div>`,
    );
    out.push(
      "<table><thead><tr><th>Severity</th><th>Rule</th><th>Message</th><th>Location</th></tr></thead><tbody>",
    );
    for (const f of group.findings) {
      out.push(
        `<tr><td class="sev ${f.severity}">${f.severity}</td><td><a href="${e(ruleDocsUrl(f.ruleId))}">${e(f.ruleId)}</a></td>` +
          `<td>${e(f.message)}${f.note ? `<div class="note">${e(f.note)}</div>` : ""}</td>` +
          `<td><code>${f.location.line}:${f.location.column}</code>${f.location.path ? ` <code>${e(f.location.path)}</code>` : ""}</td></tr>`,
      );
    }
    out.push("</tbody></table>");
  }
  if (result.suppressed.length > 0) {
    out.push("<h2>Suppressed</h2>");
    out.push("<table><thead><tr><th>Rule</th><th>Object</th><th>How</th><th>Reason</th></tr></thead><tbody>");
    for (const s of result.suppressed)
      out.push(
        `<tr><td>${e(s.finding.ruleId)}</td><td><code>${e(s.finding.object.id)}</code></td><td>${e(s.kind)}</td><td>${e(s.reason)}${s.expires ? ` (until ${e(s.expires)})` : ""}</td></tr>`,
      );
    out.push("</tbody></table>");
  }
  if (result.problems.length > 0) {
    out.push("<h2>Input problems</h2><ul>");
    for (const p of result.problems)
      out.push(
        `<li><b>${e(p.severity)}</b> <code>${e(`${p.location.file}:${p.location.line}:${p.location.column}`)}</code> ${e(p.message)}${p.hint ? ` — ${e(p.hint)}` : ""}</li>`,
      );
    out.push("</ul>");
  }
  out.push("</body>", "</html>", "");
  return out.join("\n");
}
