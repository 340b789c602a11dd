// One measured scenario of the audit bench (bench/audit.bench.ts), in a process of its own, run by plain
// `node` on the build in dist/ — what the `akskit` command runs. The TypeScript bench itself runs under
// tsx, whose loader hooks (and the source positions they make V8 keep) slowed the rules by 10–20%.
//
//   node bench/audit-child.mjs parse <json|yaml> <file>   bare JSON.parse / yaml parse of the text
//   node bench/audit-child.mjs audit <json|yaml> <file>   akskit's load, then the audit at `regulated`
//
// Sends one result object to the parent over IPC (it is forked).
import { readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { URL } from "node:url";
import { parseAllDocuments } from "yaml";

const [scenario, kind, file] = process.argv.slice(2);

function parseOnly() {
  const text = readFileSync(file, "utf8");
  const t = performance.now();
  const cpu = process.cpuUsage();
  if (kind === "json") JSON.parse(text);
  else for (const d of parseAllDocuments(text)) d.toJS({ maxAliasCount: 1000 });
  const used = process.cpuUsage(cpu);
  return { parseOnlyMs: performance.now() - t, parseCpuMs: (used.user + used.system) / 1000 };
}

async function audit() {
  const dist = new URL("../dist/audit/", import.meta.url);
  const { loadInputs } = await import(new URL("load.js", dist).href);
  const { auditFacts } = await import(new URL("audit.js", dist).href);
  const t = performance.now();
  let cpu = process.cpuUsage();
  // AKSKIT_BENCH_JSON_WORKER=0: index the JSON text lazily on the main thread, as for small files.
  const loaded = await loadInputs([file], {
    ...(process.env.AKSKIT_BENCH_JSON_WORKER === "0" ? { jsonWorkerMinBytes: Infinity } : {}),
  });
  const loadMs = performance.now() - t;
  const loadCpu = process.cpuUsage(cpu);
  cpu = process.cpuUsage();
  const auditStart = performance.now();
  const result = auditFacts(loaded.facts, { profile: "regulated" }, loaded.problems, loaded.stats);
  const auditMs = performance.now() - auditStart;
  const auditCpu = process.cpuUsage(cpu);
  return {
    input: `kubectl -o ${kind}`,
    objects: loaded.stats.objects,
    mb: statSync(file).size / 1e6,
    loadMs,
    rulesMs: result.stats.rulesMs,
    auditMs,
    loadCpuMs: (loadCpu.user + loadCpu.system) / 1000,
    auditCpuMs: (auditCpu.user + auditCpu.system) / 1000,
    rulesCpuMs: result.stats.rulesCpuMs,
    finishCpuMs: result.stats.finishCpuMs,
    findings: result.findings.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

process.send(scenario === "parse" ? parseOnly() : await audit());
