/** `akskit explain RULE`: why a rule exists, how to fix what it finds, its sources. */
import type { RegisterCommand } from "./commands.js";
import { EXIT, runAction } from "./run.js";
import { UsageError } from "../errors.js";
import { renderRuleDoc, renderRuleText } from "../audit/rule-docs.js";
import { RULES, findRule } from "../rules/index.js";

/** Rule ids closest to what was typed: same name in another domain, substrings, then small edit distance. */
export function suggestRules(query: string, ids: readonly string[]): string[] {
  const q = query.toLowerCase();
  const name = q.includes("/") ? q.slice(q.indexOf("/") + 1) : q;
  const scored = ids.map((id) => {
    const idName = id.slice(id.indexOf("/") + 1);
    let score = editDistance(q, id);
    if (idName === name) score = 0;
    else if (id.includes(name) || name.includes(idName)) score = Math.min(score, 1);
    return { id, score };
  });
  return scored
    .filter((s) => s.score <= Math.max(2, Math.floor(q.length / 4)))
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
    .slice(0, 5)
    .map((s) => s.id);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] ?? 0;
      prev[j] = Math.min((prev[j] ?? 0) + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] ?? 0;
}

export const registerExplain: RegisterCommand = (program, io, setExit) => {
  program
    .command("explain")
    .argument("<rule>", "rule id, e.g. cluster/local-accounts-disabled")
    .option("--format <f>", "text|markdown", "text")
    .description("Explain one rule: why, how to fix, sources")
    .action(async (id: string, flags: { format: string }) => {
      setExit(
        await runAction(io, () => {
          const rule = findRule(id);
          if (!rule) {
            const near = suggestRules(
              id,
              RULES.map((r) => r.id),
            );
            throw new UsageError(
              `no rule "${id}"${near.length > 0 ? `; did you mean ${near.join(", ")}?` : ""} (\`akskit rules\` lists them all)`,
            );
          }
          if (flags.format === "markdown") io.stdout(renderRuleDoc(rule));
          else if (flags.format === "text") io.stdout(renderRuleText(rule));
          else throw new UsageError(`unknown --format "${flags.format}"; use text or markdown`);
          return EXIT.ok;
        }),
      );
    });
};
