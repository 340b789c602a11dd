/**
 * Regenerates every committed generated file (STYLE.md habit 8): the spec's JSON Schema, docs/spec.md,
 * the rule pages under docs/rules/. `npm run generate` writes them; `--check` writes nothing and exits 1
 * naming the files that are out of date (CI). The examples' generated output (examples/out/) is checked
 * by `akskit generate <example> -o examples/out/<name> --check` in .ci/run.
 */
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { specJsonSchemaText } from "../src/spec/json-schema.js";
import { renderSpecDocs } from "../src/spec/docs.js";
import { staleRuleDocs, writeRuleDocs } from "./generate-rule-docs.js";

const check = process.argv.includes("--check");
const files: [string, string][] = [
  ["schema/akskit.schema.json", specJsonSchemaText()],
  ["docs/spec.md", renderSpecDocs()],
];

if (check) {
  const stale: string[] = [];
  for (const [path, content] of files)
    if ((await readFile(path, "utf8").catch(() => "")) !== content) stale.push(path);
  stale.push(...(await staleRuleDocs()).map((p) => `docs/rules/${p}`));
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(", ")}\nrun \`npm run generate\` and commit the result`);
    process.exitCode = 1;
  } else console.log("generated files are current");
} else {
  await mkdir("schema", { recursive: true });
  for (const [path, content] of files) await writeFile(path, content);
  const n = await writeRuleDocs();
  console.log(`wrote ${files.map(([p]) => p).join(", ")} and ${n} files under docs/rules/`);
}
