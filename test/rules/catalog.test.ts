/**
 * The catalog checks itself (typescript-eslint's tests/rules/index.test.ts and docs.test.mts;
 * kube-linter's remediation test): the registry equals the rule files on disk, ids are well formed
 * and unique, every rule has a generated docs page that is up to date, and a test that names it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import type { Rule } from "../../src/rules/types.js";
import { ruleDocFiles, staleRuleDocs } from "../../scripts/generate-rule-docs.js";

const DOMAINS = ["cluster", "nodepool", "network", "azure", "workload", "security", "cross", "gitops"];

function walk(dir: string, ext: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

function isRule(v: unknown): v is Rule {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as Rule).id === "string" &&
    typeof (v as Rule).check === "function" &&
    typeof (v as Rule).target === "object"
  );
}

/** Rule files: src/rules/<azure|kube>/<domain>/<name>.ts that export a rule. */
async function ruleFiles(): Promise<{ file: string; rules: Rule[] }[]> {
  const files = [...walk("src/rules/azure", ".ts"), ...walk("src/rules/kube", ".ts")];
  const out: { file: string; rules: Rule[] }[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(process.cwd(), file)).href)) as Record<string, unknown>;
    const rules = [...new Set(Object.values(mod).filter(isRule))];
    if (rules.length > 0) out.push({ file: relative(process.cwd(), file).split("\\").join("/"), rules });
  }
  return out;
}

const testTexts = walk("test/rules", ".ts")
  .filter((f) => !f.endsWith("catalog.test.ts"))
  .map((f) => ({ file: f, text: readFileSync(f, "utf8") }));

describe("rule catalog", () => {
  it("has well-formed, unique ids", () => {
    const bad = RULES.map((r) => r.id).filter((id) => {
      const m = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
      return !m || !DOMAINS.includes(m[1] ?? "");
    });
    expect(bad).toEqual([]);
    const seen = new Set<string>();
    const dupes = RULES.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(dupes).toEqual([]);
  });

  it("registers exactly the rules defined in src/rules/{azure,kube}/<domain>/<name>.ts", async () => {
    const files = await ruleFiles();
    const misplaced: string[] = [];
    const onDisk = new Map<string, Rule>();
    for (const { file, rules } of files) {
      if (rules.length !== 1) misplaced.push(`${file} exports ${rules.length} rules`);
      for (const r of rules) {
        const m = /^src\/rules\/(azure|kube)\/([a-z]+)\/([a-z0-9-]+)\.ts$/.exec(file);
        if (!m || `${m[2]}/${m[3]}` !== r.id) misplaced.push(`${file} defines ${r.id}`);
        onDisk.set(r.id, r);
      }
    }
    expect(misplaced).toEqual([]);
    const registered = new Map(RULES.map((r) => [r.id, r]));
    expect([...registered.keys()].filter((id) => !onDisk.has(id)).sort()).toEqual([]);
    expect([...onDisk.keys()].filter((id) => !registered.has(id)).sort()).toEqual([]);
    expect([...onDisk].filter(([id, r]) => registered.get(id) !== r).map(([id]) => id)).toEqual([]);
  });

  it("has complete metadata: remediation ending with a period, sources, rationale", () => {
    const bad: string[] = [];
    for (const r of RULES) {
      if (!/\.\s*$/.test(r.remediation.text)) bad.push(`${r.id}: remediation does not end with a period`);
      if (r.sources.length === 0) bad.push(`${r.id}: no sources`);
      if (!r.rationale.trim()) bad.push(`${r.id}: no rationale`);
      if (!r.title.trim()) bad.push(`${r.id}: no title`);
    }
    expect(bad).toEqual([]);
  });

  it("has a docs page per rule, equal to what the generator writes now", async () => {
    const files = ruleDocFiles();
    expect(files.size).toBe(RULES.length + 1);
    for (const r of RULES) expect(files.has(`${r.id}.md`)).toBe(true);
    // Run `npx tsx scripts/generate-rule-docs.ts` when this fails.
    expect(await staleRuleDocs()).toEqual([]);
  });

  it("has a test per rule that names its id", () => {
    const untested = RULES.map((r) => r.id).filter((id) => !testTexts.some((t) => t.text.includes(id)));
    expect(untested).toEqual([]);
  });
});
