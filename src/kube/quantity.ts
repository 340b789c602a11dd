/** Kubernetes resource quantities (`512Mi`, `1Gi`, `250m`, `3860m`, `4`) as numbers. */

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/** The quantity as a plain number (bytes for memory, cores for CPU); undefined when malformed. */
export function parseQuantity(text: string | number | undefined): number | undefined {
  if (typeof text === "number") return Number.isFinite(text) ? text : undefined;
  if (text === undefined) return undefined;
  const m = /^([+-]?\d+(?:\.\d+)?)(?:[eE]([+-]?\d+))?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const base = Number(m[1]) * (m[2] ? 10 ** Number(m[2]) : 1);
  const suffix = m[3] ?? "";
  const factor = BINARY[suffix] ?? DECIMAL[suffix];
  return factor === undefined ? undefined : base * factor;
}

/** Bytes as `512Mi` / `1.5Gi`, for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${round(bytes / 2 ** 30)}Gi`;
  if (bytes >= 2 ** 20) return `${round(bytes / 2 ** 20)}Mi`;
  if (bytes >= 2 ** 10) return `${round(bytes / 2 ** 10)}Ki`;
  return `${bytes}`;
}

/** Cores as millicores, `250m`. */
export function formatCpu(cores: number): string {
  return `${Math.round(cores * 1000)}m`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
