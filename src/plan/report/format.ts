import type { ScaleSummary } from "../scale.js";

/** Number formatting shared by the text and Markdown plan reports. */

/** 1234.5 → "$1,234.50"; null → "n/a". */
export function usd(n: number | null): string {
  if (n === null) return "n/a";
  return `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Unit prices keep up to 4 decimals: 0.0144 → "$0.0144", 1.25 → "$1.25". */
export function unitPrice(n: number | null): string {
  if (n === null) return "n/a";
  return `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 })}`;
}

/** 21900 → "21,900", 16.3333 → "16.33". */
export function qty(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
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
