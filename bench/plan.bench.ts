/**
 * Plan benchmark: load + validate (schema, resolution, semantic checks) and plan (IP plan, capacity,
 * cost, problems) for the largest example and for a generated spec of 50 environments; median of N runs
 * in milliseconds. Run with `npm run bench` (bench/run.ts) or `npx tsx bench/plan.bench.ts`.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { loadForPlanText } from "../src/plan/load.js";
import { plan } from "../src/plan/plan.js";
import { renderJson } from "../src/plan/report/json.js";
import { renderText } from "../src/plan/report/text.js";

interface Timing {
  name: string;
  environments: number;
  runs: number;
  loadValidateMs: number;
  planMs: number;
  renderTextMs: number;
  renderJsonMs: number;
  totalMs: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (n: number) => Math.round(n * 100) / 100;

function measure(name: string, file: string, text: string, runs: number): Timing {
  const t = {
    load: [] as number[],
    plan: [] as number[],
    text: [] as number[],
    json: [] as number[],
    total: [] as number[],
  };
  let environments = 0;
  // One warm-up run so module loading and JIT do not count.
  plan(loadForPlanText(file, text));
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const platform = loadForPlanText(file, text);
    const t1 = performance.now();
    const report = plan(platform);
    const t2 = performance.now();
    renderText(report);
    const t3 = performance.now();
    renderJson(report);
    const t4 = performance.now();
    environments = report.environments.length;
    t.load.push(t1 - t0);
    t.plan.push(t2 - t1);
    t.text.push(t3 - t2);
    t.json.push(t4 - t3);
    t.total.push(t2 - t0);
  }
  return {
    name,
    environments,
    runs,
    loadValidateMs: round(median(t.load)),
    planMs: round(median(t.plan)),
    renderTextMs: round(median(t.text)),
    renderJsonMs: round(median(t.json)),
    totalMs: round(median(t.total)),
  };
}

/** The largest examples/*.yaml by size. */
async function largestExample(root: string): Promise<string> {
  const dir = join(root, "examples");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".yaml")).sort();
  let best = files[0]!;
  let bestSize = -1;
  for (const f of files) {
    const { size } = await stat(join(dir, f));
    if (size > bestSize) {
      best = f;
      bestSize = size;
    }
  }
  return join("examples", best);
}

/**
 * A fleet of `count` environments built from examples/production.yaml: spokes 10.100.0.0/16 onwards
 * (shifted per environment by the resolver), every environment with its own pool sizes.
 */
export function fleetSpec(base: string, count: number): string {
  const doc = parseDocument(base);
  doc.setIn(["spec", "network", "spokeAddressSpace"], "10.100.0.0/16");
  const envs: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const name = `e${String(i).padStart(2, "0")}`;
    envs[name] = i % 2 === 0 ? {} : { nodePools: { apps: { min: 2, max: 10 + (i % 20) } } };
  }
  doc.setIn(["spec", "environments"], doc.createNode(envs));
  return doc.toString();
}

export async function run(root = fileURLToPath(new URL("..", import.meta.url))): Promise<Timing[]> {
  const largest = await largestExample(root);
  const largestText = await readFile(join(root, largest), "utf8");
  const production = await readFile(join(root, "examples", "production.yaml"), "utf8");
  const fleet = fleetSpec(production, 50);
  const results = [
    measure(`largest example (${largest})`, largest, largestText, 30),
    measure("generated fleet (50 environments)", "fleet.yaml", fleet, 10),
  ];
  const header = ["case", "envs", "runs", "load+validate", "plan", "load+validate+plan", "text", "json"];
  const rows = results.map((r) => [
    r.name,
    String(r.environments),
    String(r.runs),
    `${r.loadValidateMs} ms`,
    `${r.planMs} ms`,
    `${r.totalMs} ms`,
    `${r.renderTextMs} ms`,
    `${r.renderJsonMs} ms`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log("akskit plan: median milliseconds");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  return results;
}

export default run;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
