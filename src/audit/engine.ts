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
  SharedCheck,
  SharedPrep,
} from "../rules/types.js";
import { RULE_LEVELS } from "../rules/types.js";
import { pushTo } from "../util/multimap.js";

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
  /**
   * CPU milliseconds (user + system) spent running the rules (checks, shared views and indexes, the
   * findings they report), and finishing those findings (source locations and fingerprints).
   */
  cpu: { rulesMs: number; finishMs: number };
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

const NO_PATH: KeyPath = [];

/**
 * The same string, flattened. Messages and key paths are built by concatenation, which V8 represents as
 * a tree of string pieces; a finding keeps its strings for the whole audit, and every young-generation
 * collection copies each piece it still holds. Reading a character flattens the tree into one string in
 * place (the collector then drops the tree), so a kept message is one object instead of several.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/**
 * A finding's fingerprint: rule id + object id + formatted key path, hashed. Stable across runs and
 * unrelated edits; baselines and SARIF results rely on it, so the recipe never changes.
 */
function fingerprint(ruleId: string, objectId: string, formattedPath: string): string {
  // One-shot crypto.hash: the same SHA-256 as createHash().update().digest(), without the stream object.
  // Hex then slice is about 0.4 µs; a Buffer digest turned into 16 bytes of hex was 2.5 times that.
  return hash("sha256", `${ruleId}\u0000${objectId}\u0000${formattedPath}`, "hex").slice(0, 32);
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
      const kinds = expandKinds(target.kinds);
      // One kind (most rules): its list as it is (read only), not a copy kept for the whole run.
      if (kinds.length === 1) return kubeByKind.get(kinds[0] as string) ?? [];
      return kinds.flatMap((k) => kubeByKind.get(k) ?? []);
    }
    case "cross":
      return [facts];
  }
}

function expandKinds(kinds: readonly string[]): string[] {
  return kinds.flatMap((k) => (k === "PodTemplate" ? POD_TEMPLATE_KINDS : [k]));
}

interface Member {
  rule: Rule;
  shared: SharedCheck;
  ctx: RuleContext;
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

/**
 * One reported fact: its finding object (shared by its findings), and the findings still to locate and
 * fingerprint with their key paths (parallel arrays: no object per finding).
 */
interface Pending {
  object: FindingObject;
  findings: Finding[];
  paths: KeyPath[];
}

/**
 * One engine run. The loops live in small methods of their own: V8 compiles (and, when types shift,
 * recompiles) each hot loop alone instead of one large function holding them all.
 */
class Run {
  readonly findings: Finding[] = [];
  readonly errors: EngineResult["errors"] = [];
  /** Per reported fact: its finding object and the findings still to finish. */
  private readonly pending = new Map<AnyFact, Pending>();
  /** The fact of the previous report and its entry: most reports follow one on the same fact. */
  private lastFact: AnyFact | undefined;
  private lastPending: Pending | undefined;
  /**
   * The subject being checked, shared by every rule's context: rules run one at a time. One context
   * per rule (not per subject): 200 rules over 100,000 objects would otherwise allocate 20 million
   * short-lived contexts.
   */
  current: unknown;

  constructor(readonly facts: Facts) {}

  contextFor(rule: Rule): RuleContext {
    return {
      facts: this.facts,
      report: (r: FindingReport) => this.report(rule, r),
    };
  }

  private report(rule: Rule, r: FindingReport): void {
    const fact = (r.subject ?? this.current) as AnyFact;
    // Consecutive findings are mostly on one object (pod rules run object by object): no map lookups.
    let list = fact === this.lastFact ? this.lastPending : this.pending.get(fact);
    if (!list) {
      list = { object: objectOf(fact), findings: [], paths: [] };
      this.pending.set(fact, list);
    }
    this.lastFact = fact;
    this.lastPending = list;
    const finding: Finding = {
      ruleId: rule.id,
      severity: rule.severity,
      pillar: rule.pillar,
      message: flat(r.message),
      object: list.object,
      // Both filled in by `finish`, with the key path formatted once for the two of them.
      location: undefined as unknown as Finding["location"],
      fingerprint: "",
    };
    this.findings.push(finding);
    list.findings.push(finding);
    list.paths.push(r.path ?? NO_PATH);
  }

  fail(ruleId: string, err: unknown): void {
    this.errors.push({ ruleId, message: err instanceof Error ? err.message : String(err) });
  }

  /** One rule over its subjects. */
  runRule(rule: Rule, subjects: readonly unknown[], ctx: RuleContext): void {
    for (let i = 0; i < subjects.length; i++) {
      const subject = subjects[i];
      this.current = subject;
      try {
        // The subject list was built from the rule's own target (`subjectsFor`).
        rule.check(subject as never, ctx);
      } catch (err) {
        this.fail(rule.id, err);
      }
    }
  }

  /** Rules sharing a preparation, object by object: the preparation is made once per object. */
  runFamily(prep: SharedPrep, list: readonly Member[], subjects: readonly KubeObjectFact[]): void {
    const facts = this.facts;
    for (let s = 0; s < subjects.length; s++) {
      const fact = subjects[s] as KubeObjectFact;
      let prepared: unknown;
      try {
        prepared = prep.prepare(fact, facts);
      } catch (err) {
        for (const m of list) this.fail(m.rule.id, err);
        continue;
      }
      if (prepared === undefined) continue;
      this.current = fact;
      this.runMembers(list, prepared, fact);
    }
  }

  private runMembers(list: readonly Member[], prepared: unknown, fact: KubeObjectFact): void {
    for (let i = 0; i < list.length; i++) {
      const m = list[i] as Member;
      try {
        m.shared.check(prepared, fact, m.ctx);
      } catch (err) {
        this.fail(m.rule.id, err);
      }
    }
  }

  /**
   * Locations and fingerprints last, one object at a time: a locator indexes its object once and then
   * answers every finding on it, and each key path is formatted once for both. Facts are visited in
   * load order (file order), so a file's text is read front to back once. A locator that throws is a
   * bug, reported like a rule that throws: the finding is dropped.
   */
  finish(): Finding[] {
    const dropped = new Set<Finding>();
    const facts = this.facts;
    for (const c of facts.clusters) {
      this.finishFact(c, dropped);
      for (const p of c.agentPools) this.finishFact(p, dropped);
    }
    for (const r of facts.azureResources) this.finishFact(r, dropped);
    const objects = facts.kubeObjects;
    for (let i = 0; i < objects.length; i++) this.finishFact(objects[i] as KubeObjectFact, dropped);
    // Subjects that are not in `facts` (a rule reported against an object of its own making).
    for (const fact of [...this.pending.keys()]) this.finishFact(fact, dropped);
    return dropped.size ? this.findings.filter((f) => !dropped.has(f)) : this.findings;
  }

  private finishFact(fact: AnyFact, dropped: Set<Finding>): void {
    const list = this.pending.get(fact);
    if (!list) return;
    this.pending.delete(fact);
    const objectId = list.object.id;
    for (let i = 0; i < list.findings.length; i++) {
      const finding = list.findings[i] as Finding;
      const path = list.paths[i] as KeyPath;
      const formatted = flat(formatKeyPath(path));
      finding.fingerprint = fingerprint(finding.ruleId, objectId, formatted);
      try {
        finding.location = fact.locate(path, formatted);
      } catch (err) {
        this.fail(finding.ruleId, err);
        dropped.add(finding);
      }
    }
  }
}

export function runRules(facts: Facts, rules: readonly Rule[], options: EngineOptions = {}): EngineResult {
  const level = options.level ?? "production";
  const cpuStart = process.cpuUsage();
  const run = new Run(facts);
  const kubeByKind = new Map<string, KubeObjectFact[]>();
  const objects = facts.kubeObjects;
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i] as KubeObjectFact;
    pushTo(kubeByKind, o.kind, o);
  }
  const subjectCache = new Map<string, unknown[]>();
  // Rules that share a preparation (all pod-template rules) run object by object: the pod view is
  // derived once per object instead of once per rule and object.
  const families = new Map<SharedPrep, Member[]>();
  for (const rule of rules) {
    if (!levelIncludes(level, rule.level)) continue;
    const ctx = run.contextFor(rule);
    if (rule.shared && rule.target.kind === "kube") {
      pushTo(families, rule.shared.prep, { rule, shared: rule.shared, ctx });
      continue;
    }
    const key = targetKey(rule.target);
    let subjects = subjectCache.get(key);
    if (!subjects) subjectCache.set(key, (subjects = subjectsFor(rule.target, facts, kubeByKind)));
    run.runRule(rule, subjects, ctx);
  }
  for (const [prep, members] of families) {
    // Per kind, the members whose target names it (once each), in rule order.
    const byKind = new Map<string, Member[]>();
    for (const m of members) {
      for (const kind of new Set(expandKinds((m.rule.target as { kinds: readonly string[] }).kinds))) {
        pushTo(byKind, kind, m);
      }
    }
    // Kind by kind in target order, so one rule's findings come in the order its own loop gave them.
    for (const [kind, list] of byKind) run.runFamily(prep, list, kubeByKind.get(kind) ?? []);
  }
  const cpuRules = process.cpuUsage(cpuStart);
  const findings = run.finish();
  const cpuAll = process.cpuUsage(cpuStart);
  const rulesMs = (cpuRules.user + cpuRules.system) / 1000;
  const cpu = { rulesMs, finishMs: (cpuAll.user + cpuAll.system) / 1000 - rulesMs };
  return { findings, errors: run.errors, cpu };
}
