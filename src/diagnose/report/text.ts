/** Plain-text report: one block per diagnosis, then a one-line summary. */
import type { DiagnoseResult } from "../index.js";
import type { ObjectRef } from "../types.js";

export function refText(o: ObjectRef): string {
  return o.namespace ? `${o.kind} ${o.namespace}/${o.name}` : `${o.kind} ${o.name}`;
}

export function renderText(result: DiagnoseResult): string {
  const lines: string[] = [];
  for (const d of result.diagnoses) {
    lines.push(`✗ ${refText(d.object)}: ${d.summary} [${d.id}]`);
    lines.push("  Evidence:");
    for (const e of d.evidence) lines.push(`    ${e.field}: ${e.value.replace(/\s*\n\s*/g, " ")}`);
    lines.push(`  Cause: ${d.cause}`);
    lines.push("  Confirm:");
    for (const c of d.confirm) lines.push(`    $ ${c}`);
    lines.push("  Fix:");
    for (const f of d.fix) lines.push(`    - ${f}`);
    lines.push(`  Source: ${d.source}`);
    lines.push("");
  }
  lines.push(summaryLine(result));
  return lines.join("\n") + "\n";
}

export function summaryLine(result: DiagnoseResult): string {
  const c = result.counts;
  const n = result.diagnoses.length;
  const objects = new Set(result.diagnoses.map((d) => refText(d.object))).size;
  const scanned = `${c.pods} pods, ${c.nodes} nodes, ${c.events} events, ${c.services} services, ${c.hpas} HPAs`;
  return n === 0
    ? `No problems found in ${scanned}.`
    : `${n} problem${n === 1 ? "" : "s"} on ${objects} object${objects === 1 ? "" : "s"} (read ${scanned}).`;
}
