/**
 * Suppressions, applied after the rules ran:
 * - an annotation on the object, `akskit.dev/ignore: <rule>[,<rule>]` with `akskit.dev/ignore-reason`
 *   (Azure resources: tags `akskit-ignore` / `akskit-ignore-reason`, as tag names cannot hold `/`);
 * - a `.akskit.yaml` entry with rule, target, reason and expiry (an expired entry no longer suppresses;
 *   the finding reports again with a note saying so);
 * - a baseline of accepted fingerprints (baseline.ts).
 * A suppression without a reason does not suppress; it is reported as an input problem.
 */
import type { Diagnostic } from "../errors.js";
import type { Finding } from "../rules/types.js";
import type { Suppression } from "./config.js";
import type { Facts } from "./facts.js";
import { globToRegExp } from "./glob.js";
import { isRecord } from "./loaders/sink.js";
import { pushTo } from "../util/multimap.js";

export const IGNORE_ANNOTATION = "akskit.dev/ignore";
export const IGNORE_REASON_ANNOTATION = "akskit.dev/ignore-reason";
export const IGNORE_TAG = "akskit-ignore";
export const IGNORE_REASON_TAG = "akskit-ignore-reason";

/** A finding as reported: the engine's finding, plus a note (e.g. an expired suppression). */
export interface ReportedFinding extends Finding {
  note?: string;
}

export type SuppressionKind = "annotation" | "config" | "baseline";

export interface SuppressedFinding {
  finding: Finding;
  kind: SuppressionKind;
  reason: string;
  expires?: string;
  /** Where the suppression is written (file:line:col, or the object for annotations). */
  source: string;
}

interface ObjectIgnore {
  rules: string[];
  reason: string | undefined;
  locate: () => Diagnostic["location"];
  key: string;
}

/** Collects the ignore annotations/tags of every fact, by object id. */
function objectIgnores(facts: Facts): Map<string, ObjectIgnore[]> {
  const out = new Map<string, ObjectIgnore[]>();
  const add = (
    id: string,
    values: unknown,
    key: string,
    reasonKey: string,
    locate: (path: (string | number)[]) => Diagnostic["location"],
    base: (string | number)[],
  ) => {
    if (!isRecord(values)) return;
    const v = values[key];
    if (typeof v !== "string" || v.trim() === "") return;
    const reason = values[reasonKey];
    const entry: ObjectIgnore = {
      rules: v
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean),
      reason: typeof reason === "string" && reason.trim() ? reason.trim() : undefined,
      locate: () => locate([...base, key]),
      key,
    };
    pushTo(out, id, entry);
  };
  for (const o of facts.kubeObjects) {
    const meta = isRecord(o.object.metadata) ? o.object.metadata : {};
    add(o.id, meta.annotations, IGNORE_ANNOTATION, IGNORE_REASON_ANNOTATION, o.locate, [
      "metadata",
      "annotations",
    ]);
  }
  for (const c of facts.clusters) {
    add(c.id, c.resource.tags, IGNORE_TAG, IGNORE_REASON_TAG, c.locate, ["tags"]);
    for (const p of c.agentPools)
      add(p.id, p.properties.tags, IGNORE_TAG, IGNORE_REASON_TAG, p.locate, ["tags"]);
  }
  for (const r of facts.azureResources)
    add(r.id, r.resource.tags, IGNORE_TAG, IGNORE_REASON_TAG, r.locate, ["tags"]);
  return out;
}

export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === "*" || pattern === "all") return true;
  if (!pattern.includes("*")) return pattern === ruleId;
  return globToRegExp(pattern).test(ruleId);
}

/** Object ids are matched part by part (`*` within one `/` part, `**` across parts). */
export function targetMatches(pattern: string | undefined, objectId: string): boolean {
  if (pattern === undefined) return true;
  if (!pattern.includes("*") && !pattern.includes("?")) return pattern === objectId;
  return globToRegExp(pattern).test(objectId);
}

/** Is a suppression expired at `now`? It applies through the whole day of `expires` (UTC). */
export function isExpired(expires: string | undefined, now: Date): boolean {
  if (!expires) return false;
  return now.toISOString().slice(0, 10) > expires;
}

export interface SuppressResult {
  findings: ReportedFinding[];
  suppressed: SuppressedFinding[];
  problems: Diagnostic[];
}

export function applySuppressions(
  findings: readonly Finding[],
  facts: Facts,
  config: readonly Suppression[],
  now: Date,
): SuppressResult {
  const ignores = objectIgnores(facts);
  const problems: Diagnostic[] = [];
  const reportedNoReason = new Set<string>();
  const out: ReportedFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    let done = false;
    for (const ig of ignores.get(f.object.id) ?? []) {
      if (!ig.rules.some((r) => ruleMatches(r, f.ruleId))) continue;
      if (!ig.reason) {
        const loc = ig.locate();
        const key = `${loc.file}:${loc.line}:${f.object.id}`;
        if (!reportedNoReason.has(key)) {
          reportedNoReason.add(key);
          problems.push({
            severity: "warning",
            code: "suppression-without-reason",
            message: `${ig.key} on ${f.object.id} has no reason, so it does not suppress anything`,
            hint:
              ig.key === IGNORE_ANNOTATION
                ? `Add the annotation ${IGNORE_REASON_ANNOTATION}: "<why this is accepted>".`
                : `Add the tag ${IGNORE_REASON_TAG} = "<why this is accepted>".`,
            location: loc,
          });
        }
        continue;
      }
      suppressed.push({
        finding: f,
        kind: "annotation",
        reason: ig.reason,
        source: `${f.object.id} (${ig.key})`,
      });
      done = true;
      break;
    }
    if (done) continue;
    let note: string | undefined;
    for (const s of config) {
      if (!ruleMatches(s.rule, f.ruleId) || !targetMatches(s.target, f.object.id)) continue;
      if (isExpired(s.expires, now)) {
        note = `suppression expired on ${s.expires ?? ""} (${s.source}): ${s.reason}`;
        continue;
      }
      suppressed.push({
        finding: f,
        kind: "config",
        reason: s.reason,
        ...(s.expires ? { expires: s.expires } : {}),
        source: s.source,
      });
      done = true;
      break;
    }
    if (done) continue;
    out.push(note ? { ...f, note } : f);
  }
  return { findings: out, suppressed, problems };
}
