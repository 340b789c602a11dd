import type { ScaleSummary } from "../scale.js";

/** Number formatting shared by the text and Markdown plan reports. */

// Formatters are built once: toLocaleString builds one per call, which dominates large reports.
const USD = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const UNIT = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const QTY = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** 1234.5 → "$1,234.50"; null → "n/a". */
export function usd(n: number | null): string {
  return n === null ? "n/a" : `$${USD.format(n)}`;
}

/** Unit prices keep up to 4 decimals: 0.0144 → "$0.0144", 1.25 → "$1.25". */
export function unitPrice(n: number | null): string {
  return n === null ? "n/a" : `$${UNIT.format(n)}`;
}

/** 21900 → "21,900", 16.3333 → "16.33". */
export function qty(n: number): string {
  return QTY.format(n);
}

export function range(min: number, max: number): string {
  return min === max ? qty(min) : `${qty(min)}–${qty(max)}`;
}

export function dash(n: number | null, suffix = ""): string {
  return n === null ? "—" : `${n}${suffix}`;
}

/** The pods sentence of the capacity section. */
export function podsLine(c: ScaleSummary): string {
  const w = c.pods;
  const workloads =
    w.workloadReplicasMax === 0
      ? "no workloads declared"
      : `workloads run ${range(w.workloadReplicasMin, w.workloadReplicasMax)} replicas`;
  return `Pods: up to ${w.maxPerCluster} at max nodes; ${workloads}; User pools have ${w.workloadSlots} pod slots at max.`;
}
