/**
 * Writes docs/rules/<domain>/<name>.md for every registered rule and docs/rules/README.md (the index),
 * from the rule metadata only, and removes pages of rules that no longer exist. Deterministic: same
 * registry, same bytes. `tsx scripts/generate-rule-docs.ts` writes; `--check` exits 1 when the files
 * on disk differ from what would be written (CI).
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { format, resolveConfig } from "prettier";
import { renderRuleDoc, renderRuleIndex, ruleDocPath } from "../src/audit/rule-docs.js";
import {
  MAPPING_END,
  MAPPING_START,
  renderTerraformMapping,
} from "../src/audit/loaders/terraform-map-doc.js";
import { RULES } from "../src/rules/index.js";
import type { RuleMeta } from "../src/rules/types.js";

export const RULE_DOCS_DIR = "docs/rules";

/** Every generated file, path relative to docs/rules/ → content. */
export function ruleDocFiles(rules: readonly RuleMeta[] = RULES): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    files.set(ruleDocPath(r.id), renderRuleDoc(r));
  files.set("README.md", renderRuleIndex(rules));
  return files;
}

async function existingFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith(".md")) out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  await walk(dir);
  return out.sort();
}

/** Files that differ from what the generator would write (changed, missing or stale). */
export async function staleRuleDocs(dir = RULE_DOCS_DIR): Promise<string[]> {
  const want = ruleDocFiles();
  const stale: string[] = [];
  for (const [path, content] of want) {
    const have = await readFile(join(dir, path), "utf8").catch(() => undefined);
    if (have !== content) stale.push(path);
  }
  for (const path of await existingFiles(dir)) if (!want.has(path)) stale.push(path);
  return stale.sort();
}

export async function writeRuleDocs(dir = RULE_DOCS_DIR): Promise<number> {
  const want = ruleDocFiles();
  for (const path of await existingFiles(dir)) if (!want.has(path)) await rm(join(dir, path));
  for (const [path, content] of want) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return want.size;
}

export const AUDIT_DOC = "docs/audit.md";

/**
 * docs/audit.md with its generated Terraform mapping section replaced by the current table, formatted
 * with the repository's Prettier settings (docs/audit.md is hand-written around the generated block).
 */
export async function auditDocWithMapping(): Promise<{ current: string; wanted: string }> {
  const current = await readFile(AUDIT_DOC, "utf8");
  const start = current.indexOf(MAPPING_START);
  const end = current.indexOf(MAPPING_END);
  if (start < 0 || end < start) return { current, wanted: current };
  const replaced =
    current.slice(0, start) + renderTerraformMapping() + current.slice(end + MAPPING_END.length);
  const options = (await resolveConfig(AUDIT_DOC)) ?? {};
  const wanted = await format(replaced, { ...options, filepath: AUDIT_DOC });
  return { current, wanted };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--check")) {
    const stale = await staleRuleDocs();
    const doc = await auditDocWithMapping();
    if (doc.current !== doc.wanted) stale.push(AUDIT_DOC);
    if (stale.length > 0) {
      console.error(
        `docs/rules is out of date (${stale.join(", ")}); run \`tsx scripts/generate-rule-docs.ts\``,
      );
      process.exitCode = 1;
    }
  } else {
    const n = await writeRuleDocs();
    const doc = await auditDocWithMapping();
    if (doc.current !== doc.wanted) await writeFile(AUDIT_DOC, doc.wanted);
    console.log(`wrote ${n} files under ${RULE_DOCS_DIR}/ and the Terraform mapping in ${AUDIT_DOC}`);
  }
}
