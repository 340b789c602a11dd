/** `akskit rules`: the rule catalog as a table, Markdown or JSON, from the rules' own metadata. */
import type { RegisterCommand } from "./commands.js";
import { EXIT, runAction } from "./run.js";
import { UsageError } from "../errors.js";
import { levelIncludes } from "../audit/engine.js";
import { renderRuleIndex, ruleDocsUrl } from "../audit/rule-docs.js";
import { RULES } from "../rules/index.js";
import { PILLARS, RULE_LEVELS, type Rule, type RuleLevel } from "../rules/types.js";

interface RulesFlags {
  format: string;
  profile?: string;
  pillar?: string;
}

export function ruleMetadata(r: Rule): Record<string, unknown> {
  return {
    id: r.id,
    title: r.title,
    severity: r.severity,
    pillar: r.pillar,
    level: r.level,
    target: r.target,
    rationale: r.rationale,
    remediation: r.remediation,
    sources: r.sources,
    equivalents: r.equivalents,
    helpUri: ruleDocsUrl(r.id),
  };
}

export function renderRulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((r) => [r.id, r.severity, r.pillar, r.level, r.title]);
  const head = ["RULE", "SEVERITY", "PILLAR", "LEVEL", "TITLE"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [
    line(head),
    ...rows.map(line),
    "",
    `${rules.length} rules. \`akskit explain <rule>\` shows one.`,
    "",
  ].join("\n");
}

export const registerRules: RegisterCommand = (program, io, setExit) => {
  program
    .command("rules")
    .option("--format <f>", "text|markdown|json", "text")
    .option("--profile <p>", `only rules of this bar and below: ${RULE_LEVELS.join("|")}`)
    .option("--pillar <p>", `only rules of this pillar: ${PILLARS.join("|")}`)
    .description("List the rule catalog")
    .action(async (flags: RulesFlags) => {
      setExit(
        await runAction(io, () => {
          let rules = [...RULES].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          if (flags.profile) {
            if (!RULE_LEVELS.includes(flags.profile as RuleLevel))
              throw new UsageError(
                `unknown --profile "${flags.profile}"; use one of ${RULE_LEVELS.join(", ")}`,
              );
            rules = rules.filter((r) => levelIncludes(flags.profile as RuleLevel, r.level));
          }
          if (flags.pillar) {
            if (!(PILLARS as readonly string[]).includes(flags.pillar))
              throw new UsageError(`unknown --pillar "${flags.pillar}"; use one of ${PILLARS.join(", ")}`);
            rules = rules.filter((r) => r.pillar === flags.pillar);
          }
          if (flags.format === "json") io.stdout(JSON.stringify(rules.map(ruleMetadata), null, 2) + "\n");
          else if (flags.format === "markdown") io.stdout(renderRuleIndex(rules));
          else if (flags.format === "text") io.stdout(renderRulesTable(rules));
          else throw new UsageError(`unknown --format "${flags.format}"; use text, markdown or json`);
          return EXIT.ok;
        }),
      );
    });
};
