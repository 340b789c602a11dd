/**
 * AKS's Kubernetes release calendar: when each minor version reaches end of life (community support)
 * and, with the Premium tier's long-term support plan, LTS end of life.
 *
 * Source: Microsoft Learn, "Supported Kubernetes versions in Azure Kubernetes Service (AKS)", release
 * calendar and LTS tables (ms.date 08/05/2026), read 2026-11-21:
 * https://learn.microsoft.com/azure/aks/supported-kubernetes-versions
 * "Unless an explicit date is provided, the End of Life (EOL) date is the last day of the specified month."
 * Update the table (and AKS_CALENDAR_AS_OF) when Microsoft publishes new versions.
 */

export const AKS_CALENDAR_SOURCE = {
  title: "Microsoft Learn: Supported Kubernetes versions in AKS (release calendar, ms.date 2026-08-05)",
  url: "https://learn.microsoft.com/azure/aks/supported-kubernetes-versions",
} as const;

/** The day the table was last checked against the source. */
export const AKS_CALENDAR_AS_OF = "2026-11-21";

export interface AksMinorVersion {
  minor: string;
  /** Month of general availability on AKS (YYYY-MM). */
  ga: string;
  /** Last day of community support (YYYY-MM-DD). */
  endOfLife: string;
  /** Last day of long-term support (Premium tier + AKSLongTermSupport plan), where offered. */
  ltsEndOfLife?: string;
}

export const AKS_VERSIONS: readonly AksMinorVersion[] = [
  { minor: "1.29", ga: "2024-03", endOfLife: "2025-03-31", ltsEndOfLife: "2026-04-30" },
  { minor: "1.30", ga: "2024-07", endOfLife: "2025-08-22", ltsEndOfLife: "2026-07-31" },
  { minor: "1.31", ga: "2024-11", endOfLife: "2025-11-01", ltsEndOfLife: "2026-11-30" },
  { minor: "1.32", ga: "2025-04", endOfLife: "2026-03-31", ltsEndOfLife: "2027-03-31" },
  { minor: "1.33", ga: "2025-06", endOfLife: "2026-07-31", ltsEndOfLife: "2027-07-31" },
  { minor: "1.34", ga: "2025-11", endOfLife: "2026-11-30", ltsEndOfLife: "2027-11-30" },
  { minor: "1.35", ga: "2026-03", endOfLife: "2027-03-31", ltsEndOfLife: "2028-03-31" },
  { minor: "1.36", ga: "2026-06", endOfLife: "2027-06-30", ltsEndOfLife: "2028-06-30" },
  { minor: "1.37", ga: "2026-10", endOfLife: "2027-10-31", ltsEndOfLife: "2028-10-31" },
];

/** `1.34.2` or `1.34` → `1.34`; undefined when not a Kubernetes version. */
export function minorOf(version: string): string | undefined {
  const m = /^v?(\d+)\.(\d+)(\.\d+)?$/.exec(version.trim());
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/** Compares two minor versions numerically (`1.9` < `1.10`). */
export function compareMinor(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}

export type SupportStatus =
  | { kind: "supported"; endOfLife: string; daysLeft: number; lts: boolean }
  | { kind: "end-of-life"; endOfLife: string; lts: boolean }
  /** Older than every version in the table. */
  | { kind: "too-old" }
  /** Newer than the table: assumed supported (the table is older than the version). */
  | { kind: "newer-than-table" };

const DAY_MS = 86_400_000;

/** Support status of a minor version on a given day (`YYYY-MM-DD`). */
export function supportStatus(minor: string, on: string, lts = false): SupportStatus {
  const entry = AKS_VERSIONS.find((v) => v.minor === minor);
  if (!entry) {
    const oldest = AKS_VERSIONS[0]!.minor;
    return compareMinor(minor, oldest) < 0 ? { kind: "too-old" } : { kind: "newer-than-table" };
  }
  const useLts = lts && entry.ltsEndOfLife !== undefined;
  const endOfLife = useLts ? entry.ltsEndOfLife! : entry.endOfLife;
  const daysLeft = Math.round((Date.parse(endOfLife) - Date.parse(on)) / DAY_MS);
  if (daysLeft < 0) return { kind: "end-of-life", endOfLife, lts: useLts };
  return { kind: "supported", endOfLife, daysLeft, lts: useLts };
}

/** Oldest and newest minor versions still supported on the given day. */
export function supportedRange(on: string): { oldest: string; newest: string } {
  const live = AKS_VERSIONS.filter((v) => Date.parse(v.endOfLife) >= Date.parse(on));
  const last = AKS_VERSIONS[AKS_VERSIONS.length - 1]!;
  return { oldest: (live[0] ?? last).minor, newest: last.minor };
}

/**
 * The day rules judge support windows on: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when set, so CI runs and tests are repeatable; otherwise today (UTC).
 */
export function evaluationDay(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}
