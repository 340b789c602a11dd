/**
 * Runs rules over facts and collects findings. Rules never throw; if one does, that is a bug in the
 * rule and it is reported through `errors`, not as a finding, and the other rules still run.
 */
import { hash } from "node:crypto";
import type {
  AgentPoolFact,
  AzureResourceFact,
  Facts,
  KeyPath,
  KubeObjectFact,
  ManagedClusterFact,
} from "./facts.js";
import { formatKeyPath } from "./facts.js";
import type {
  Finding,
  FindingObject,
  FindingReport,
  Rule,
  RuleContext,
  RuleLevel,
  RuleTarget,
} from "../rules/types.js";
import { RULE_LEVELS } from "../rules/types.js";

type AnyFact = ManagedClusterFact | AgentPoolFact | AzureResourceFact | KubeObjectFact;

/** Kinds that carry a pod template (the `PodTemplate` pseudo-kind of rule targets). */
export const POD_TEMPLATE_KINDS: readonly string[] = [
  "Pod",
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "Job",
  "CronJob",
  "ReplicationController",
];

export interface EngineResult {
  findings: Finding[];
  /** Rules that threw (bugs), with the message. */
  errors: { ruleId: string; message: string }[];
}

export interface EngineOptions {
  /** Apply rules of this level and below (default: production). */
  level?: RuleLevel;
}

export function levelIncludes(selected: RuleLevel, ruleLevel: RuleLevel): boolean {
  return RULE_LEVELS.indexOf(ruleLevel) <= RULE_LEVELS.indexOf(selected);
}

function objectOf(fact: AnyFact): FindingObject {
  if ("kind" in fact && "object" in fact) {
    return {
      id: fact.id,
      kind: fact.kind,
      name: fact.name,
      ...(fact.namespace ? { namespace: fact.namespace } : {}),
    };
  }
  if ("clusterId" in fact) return { id: fact.id, kind: "AgentPool", name: fact.name };
  if ("agentPools" in fact) return { id: fact.id, kind: "ManagedCluster", name: fact.name };
  return { id: fact.id, kind: fact.type, name: fact.name };
}

export function fingerprint(ruleId: string, objectId: string, path: KeyPath | undefined): string {
  // One-shot crypto.hash: the same SHA-256 as createHash().update().digest(), without the stream object.
  return hash("sha256", `${ruleId}\u0000${objectId}\u0000${formatKeyPath(path ?? [])}`, "hex").slice(0, 32);
}

function subjectsFor(target: RuleTarget, facts: Facts, kubeByKind: Map<string, KubeObjectFact[]>): unknown[] {
  switch (target.kind) {
    case "cluster":
      return facts.clusters;
    case "agentPool":
      return facts.clusters.flatMap((c) => c.agentPools);
    case "azureResource":
      return facts.azureResources.filter((r) =>
        target.types.some((t) => t.toLowerCase() === r.type.toLowerCase()),
      );
    case "kube": {
      const kinds = target.kinds.flatMap((k) => (k === "PodTemplate" ? POD_TEMPLATE_KINDS : [k]));
      return kinds.flatMap((k) => kubeByKind.get(k) ?? []);
    }
    case "cross":
      return [facts];
  }
}

/** Subject lists depend only on the target, so rules with the same target share one list per run. */
function targetKey(target: RuleTarget): string {
  switch (target.kind) {
    case "azureResource":
      return `azureResource\u0000${target.types.join("\u0000")}`;
    case "kube":
      return `kube\u0000${target.kinds.join("\u0000")}`;
    default:
      return target.kind;
  }
}

/** A finding whose location is resolved after all rules ran, grouped by object. */
interface Pending {
  finding: { location: Finding["location"] };
  path: KeyPath;
  ruleId: string;
}

export function runRules(facts: Facts, rules: readonly Rule[], options: EngineOptions = {}): EngineResult {
  const level = options.level ?? "production";
  const findings: Finding[] = [];
  const errors: EngineResult["errors"] = [];
  const kubeByKind = new Map<string, KubeObjectFact[]>();
  for (const o of facts.kubeObjects) {
    const list = kubeByKind.get(o.kind);
    if (list) list.push(o);
    else kubeByKind.set(o.kind, [o]);
  }
  const subjectCache = new Map<string, unknown[]>();
  // Per reported fact: its finding object (shared by its findings) and the findings still to locate.
  const objects = new Map<AnyFact, FindingObject>();
  const pending = new Map<AnyFact, Pending[]>();
  for (const rule of rules) {
    if (!levelIncludes(level, rule.level)) continue;
    // One context per rule (not per subject): 200 rules over 100,000 objects would otherwise allocate
    // 20 million short-lived contexts. `current` is the subject being checked.
    let current: unknown;
    const ctx: RuleContext = {
      facts,
      report(r: FindingReport) {
        const fact = (r.subject ?? current) as AnyFact;
        let object = objects.get(fact);
        if (!object) objects.set(fact, (object = objectOf(fact)));
        const finding: Finding = {
          ruleId: rule.id,
          severity: rule.severity,
          pillar: rule.pillar,
          message: r.message,
          object,
          location: undefined as unknown as Finding["location"],
          fingerprint: fingerprint(rule.id, object.id, r.path),
        };
        findings.push(finding);
        const entry: Pending = { finding, path: r.path ?? [], ruleId: rule.id };
        const list = pending.get(fact);
        if (list) list.push(entry);
        else pending.set(fact, [entry]);
      },
    };
    const key = targetKey(rule.target);
    let subjects = subjectCache.get(key);
    if (!subjects) subjectCache.set(key, (subjects = subjectsFor(rule.target, facts, kubeByKind)));
    for (const subject of subjects) {
      current = subject;
      try {
        (rule.check as (s: unknown, c: RuleContext) => void)(subject, ctx);
      } catch (err) {
        errors.push({ ruleId: rule.id, message: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  // Locations last, one object at a time: a locator indexes its object once and then answers every
  // finding on it, instead of each rule's findings re-scanning objects in rule order.
  // A locator that throws is a bug, reported like a rule that throws: the finding is dropped.
  let dropped: Set<unknown> | undefined;
  for (const [fact, list] of pending) {
    for (const p of list) {
      try {
        p.finding.location = fact.locate(p.path);
      } catch (err) {
        errors.push({ ruleId: p.ruleId, message: err instanceof Error ? err.message : String(err) });
        (dropped ??= new Set()).add(p.finding);
      }
    }
  }
  return { findings: dropped ? findings.filter((f) => !dropped.has(f)) : findings, errors };
}
