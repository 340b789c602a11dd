/** Kubernetes resource quantities (kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity). */

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** CPU quantity in millicores: "250m" → 250, "2" → 2000. */
export function cpuMillis(q: string): number {
  if (q.endsWith("m")) return Number(q.slice(0, -1));
  return Math.round(Number(q) * 1000);
}

/** Memory quantity in bytes: "512Mi" → 536870912, "1G" → 1e9. */
export function memoryBytes(q: string): number {
  const m = /^([0-9.]+)([A-Za-z]*)$/.exec(q);
  if (!m) throw new Error(`not a memory quantity: ${q}`);
  const unit = m[2] ?? "";
  const factor = BINARY[unit] ?? DECIMAL[unit] ?? 1;
  return Number(m[1]) * factor;
}

/** Millicores as a quantity: 2500 → "2500m", 3000 → "3". */
export function formatCpu(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}

/** Bytes as a quantity in Mi (rounded up), or Gi when whole. */
export function formatMemory(bytes: number): string {
  const mi = Math.ceil(bytes / 2 ** 20);
  return mi % 1024 === 0 ? `${mi / 1024}Gi` : `${mi}Mi`;
}
