/** Kubernetes resource quantities (kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity). */

import { parseQuantity } from "../kube/quantity.js";

function value(q: string): number {
  const v = parseQuantity(q);
  if (v === undefined) throw new Error(`not a Kubernetes quantity: ${q}`);
  return v;
}

/** CPU quantity in millicores: "250m" → 250, "2" → 2000. */
export function cpuMillis(q: string): number {
  return Math.round(value(q) * 1000);
}

/** Memory quantity in bytes: "512Mi" → 536870912, "1G" → 1e9. */
export function memoryBytes(q: string): number {
  return value(q);
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
