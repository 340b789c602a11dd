/** Markdown upgrade plan, for change requests and runbooks. */
import type { UpgradePlan } from "../plan.js";
import { headline, verdict } from "./text.js";

const ICON = { blocker: "✗ blocker", warning: "! warning", ok: "✓ ok", info: "i info" } as const;

function cell(t: string): string {
  return t.replace(/\|/g, "\\|");
}

export function renderPlanMarkdown(plan: UpgradePlan): string {
  const out: string[] = [
    "# akskit upgrade-plan",
    "",
    headline(plan),
    "",
    `**${verdict(plan)}**`,
    "",
    "## Steps",
    "",
  ];
  for (const s of plan.steps) {
    out.push(`### ${s.n}. ${s.title}`, "");
    for (const n of s.notes) out.push(`- ${n}`);
    if (s.notes.length) out.push("");
    out.push("```sh", ...s.commands, "```", "");
  }
  out.push("## Checks", "", "| Status | Check | Finding |", "| --- | --- | --- |");
  for (const c of plan.checks) out.push(`| ${ICON[c.status]} | \`${c.id}\` | ${cell(c.title)} |`);
  out.push("");
  for (const c of plan.checks.filter((x) => x.details.length > 0)) {
    out.push(`### ${ICON[c.status]}: ${c.title}`, "");
    for (const d of c.details) out.push(`- ${d}`);
    out.push("", `_Source: ${c.source}_`, "");
  }
  return out.join("\n");
}
