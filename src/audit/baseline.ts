/**
 * Baseline files: the findings a team has accepted, by fingerprint (rule id + object id + key path, so
 * unrelated edits that move lines do not invalidate them). `--write-baseline F` records the current
 * findings; `--baseline F` suppresses those and fails only on new ones.
 */
import { readFile } from "node:fs/promises";
import { InputError, UsageError } from "../errors.js";
import type { Finding } from "../rules/types.js";
import type { ReportedFinding, SuppressedFinding } from "./suppress.js";

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  object: string;
  /** For the reader only; matching uses the fingerprint. */
  location: string;
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: "akskit";
  findings: BaselineEntry[];
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings.map((f) => ({
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    object: f.object.id,
    location: `${f.location.file}:${f.location.line}:${f.location.column}`,
    message: f.message,
  }));
  const seen = new Set<string>();
  const unique = entries.filter((e) => (seen.has(e.fingerprint) ? false : (seen.add(e.fingerprint), true)));
  unique.sort(
    (a, b) => cmp(a.ruleId, b.ruleId) || cmp(a.object, b.object) || cmp(a.fingerprint, b.fingerprint),
  );
  return { version: BASELINE_VERSION, tool: "akskit", findings: unique };
}

export function formatBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + "\n";
}

export function parseBaseline(file: string, text: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw InputError.single({
      severity: "error",
      code: "invalid-baseline",
      message: `baseline is not valid JSON: ${(err as Error).message}`,
      hint: "Recreate it with `akskit audit --write-baseline <file>`.",
      location: { file, line: 1, column: 1, path: "" },
    });
  }
  const r = raw as Partial<Baseline> | null;
  if (!r || typeof r !== "object" || r.version !== BASELINE_VERSION || !Array.isArray(r.findings)) {
    throw InputError.single({
      severity: "error",
      code: "invalid-baseline",
      message: `not an akskit baseline (expected { "version": ${BASELINE_VERSION}, "findings": [...] })`,
      hint: "Recreate it with `akskit audit --write-baseline <file>`.",
      location: { file, line: 1, column: 1, path: "" },
    });
  }
  const findings = r.findings.filter(
    (e): e is BaselineEntry => typeof e === "object" && e !== null && typeof e.fingerprint === "string",
  );
  return { version: BASELINE_VERSION, tool: "akskit", findings };
}

export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new UsageError(
      `cannot read the baseline ${file}; create it with \`akskit audit --write-baseline ${file}\``,
    );
  }
  return parseBaseline(file, text);
}

/** Moves findings whose fingerprint is in the baseline to the suppressed list. */
export function applyBaseline(
  findings: readonly ReportedFinding[],
  baseline: Baseline,
  source: string,
): { findings: ReportedFinding[]; suppressed: SuppressedFinding[] } {
  const accepted = new Set(baseline.findings.map((e) => e.fingerprint));
  const out: ReportedFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    if (accepted.has(f.fingerprint))
      suppressed.push({ finding: f, kind: "baseline", reason: "accepted in the baseline", source });
    else out.push(f);
  }
  return { findings: out, suppressed };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
