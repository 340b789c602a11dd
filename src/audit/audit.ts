/**
 * The library entry point of `akskit audit`: load inputs into facts, run the rules of the chosen
 * profile, apply suppressions and the baseline, score the pillars. Never throws on bad input: input
 * problems come back in `problems` next to the findings of everything that did load.
 */
import type { Diagnostic } from "../errors.js";
import { RULES } from "../rules/index.js";
import type { Rule, RuleLevel, Severity } from "../rules/types.js";
import { SEVERITIES } from "../rules/types.js";
import { applyBaseline, type Baseline } from "./baseline.js";
import type { Suppression } from "./config.js";
import { levelIncludes, runRules } from "./engine.js";
import type { Facts } from "./facts.js";
import { loadInputs, type LoadOptions, type LoadStats } from "./load.js";
import { scorePillars, type PillarScore } from "./score.js";
import { applySuppressions, type ReportedFinding, type SuppressedFinding } from "./suppress.js";

export interface AuditOptions extends LoadOptions {
  /** Rules to run (default: the registry). */
  rules?: readonly Rule[];
  /** Rules of this level and below (default: production). */
  profile?: RuleLevel;
  suppressions?: readonly Suppression[];
  baseline?: { baseline: Baseline; file: string };
  /** The date expiry is judged against (default: today). */
  now?: Date;
}

export interface AuditStats extends LoadStats {
  rulesMs: number;
  /**
   * CPU milliseconds of the rules alone (checks, shared views and indexes, reporting), and of finishing
   * their findings: source locations and fingerprints.
   */
  rulesCpuMs: number;
  finishCpuMs: number;
  rules: number;
}

export interface AuditResult {
  profile: RuleLevel;
  /** Rules that ran, sorted by id. */
  rules: Rule[];
  /** Unsuppressed findings, sorted by file, line, column, rule and object. */
  findings: ReportedFinding[];
  suppressed: SuppressedFinding[];
  /** Input problems and suppression problems; rule crashes are `ruleErrors`. */
  problems: Diagnostic[];
  ruleErrors: { ruleId: string; message: string }[];
  scores: PillarScore[];
  stats: AuditStats;
}

export async function audit(paths: readonly string[], options: AuditOptions = {}): Promise<AuditResult> {
  const loaded = await loadInputs(paths, options);
  return auditFacts(loaded.facts, options, loaded.problems, loaded.stats);
}

/** Runs the audit over facts already loaded (also used by tests, benches and `plan`). */
export function auditFacts(
  facts: Facts,
  options: AuditOptions = {},
  problems: Diagnostic[] = [],
  loadStats: LoadStats = { files: 0, bytes: 0, objects: 0, parseMs: 0 },
): AuditResult {
  const profile = options.profile ?? "production";
  const rules = [...(options.rules ?? RULES)]
    .filter((r) => levelIncludes(profile, r.level))
    .sort((a, b) => cmp(a.id, b.id));
  const started = performance.now();
  const engine = runRules(facts, rules, { level: profile });
  const rulesMs = performance.now() - started;
  const sup = applySuppressions(
    engine.findings,
    facts,
    options.suppressions ?? [],
    options.now ?? new Date(),
  );
  let findings = sup.findings;
  const suppressed = [...sup.suppressed];
  if (options.baseline) {
    const b = applyBaseline(findings, options.baseline.baseline, options.baseline.file);
    findings = b.findings;
    suppressed.push(...b.suppressed);
  }
  findings = dedupe(findings).sort(compareFindings);
  suppressed.sort((a, b) => compareFindings(a.finding, b.finding));
  const allProblems = [...problems, ...sup.problems].sort(
    (a, b) =>
      cmp(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      cmp(a.code, b.code),
  );
  return {
    profile,
    rules,
    findings,
    suppressed,
    problems: allProblems,
    ruleErrors: engine.errors,
    scores: scorePillars(facts, rules, profile, findings),
    stats: {
      ...loadStats,
      rulesMs,
      rulesCpuMs: engine.cpu.rulesMs,
      finishCpuMs: engine.cpu.finishMs,
      rules: rules.length,
    },
  };
}

/** The same rule on the same object and path, found twice (e.g. the same file passed twice), counts once. */
function dedupe(findings: ReportedFinding[]): ReportedFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.fingerprint}\u0000${f.location.file}\u0000${f.location.line}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function compareFindings(a: ReportedFinding, b: ReportedFinding): number {
  return (
    cmp(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.object.id, b.object.id) ||
    cmp(a.message, b.message)
  );
}

/** Does any finding reach the threshold? `none` never fails. */
export function failsAt(findings: readonly ReportedFinding[], failOn: Severity | "none"): boolean {
  if (failOn === "none") return false;
  const limit = SEVERITIES.indexOf(failOn);
  return findings.some((f) => SEVERITIES.indexOf(f.severity) <= limit);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
