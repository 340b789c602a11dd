/**
 * What a rule is (DESIGN.md, "Rules"; STYLE.md habits 1 and 4). A rule is a module with declared
 * metadata and a `check` that reports findings through the context. Rules never throw and never print;
 * the engine catches a throwing rule and reports it as an internal problem, not as a finding.
 */
import type { SourceLocation } from "../errors.js";
import type {
  AgentPoolFact,
  AzureResourceFact,
  Facts,
  KeyPath,
  KubeObjectFact,
  ManagedClusterFact,
} from "../audit/facts.js";

export type Severity = "critical" | "high" | "medium" | "low" | "info";
export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low", "info"];

/** Azure Well-Architected Framework pillars. */
export type Pillar = "security" | "reliability" | "cost" | "operations" | "performance";
export const PILLARS: readonly Pillar[] = ["security", "reliability", "cost", "operations", "performance"];

/**
 * The bar a rule belongs to. `baseline` rules hold for every cluster (dev included); `production`
 * rules for production and regulated platforms; `regulated` rules only for regulated ones.
 * `akskit audit --profile P` applies the rules of P and below; generated output of preset P must pass
 * the rules of P.
 */
export type RuleLevel = "baseline" | "production" | "regulated";
export const RULE_LEVELS: readonly RuleLevel[] = ["baseline", "production", "regulated"];

export type RuleTarget =
  | { kind: "cluster" }
  | { kind: "agentPool" }
  | { kind: "azureResource"; types: readonly string[] }
  /** Kubernetes objects of these kinds. The pseudo-kind `PodTemplate` means every kind that carries a pod template. */
  | { kind: "kube"; kinds: readonly string[] }
  /** Relations across objects; `check` receives all facts. */
  | { kind: "cross" };

export interface Remediation {
  /** The fix in words, one or more sentences ending with a period. */
  text: string;
  /** The akskit spec key that fixes it, e.g. `spec.identity.localAccounts: false`. */
  spec?: string;
  /** ARM property path and value, e.g. `properties.disableLocalAccounts: true`. */
  arm?: string;
  /** azurerm attribute, e.g. `azurerm_kubernetes_cluster.local_account_disabled = true`. */
  terraform?: string;
  /** A YAML snippet for Kubernetes objects. */
  yaml?: string;
}

export interface RuleSource {
  title: string;
  url?: string;
}

/** Ids of the same check in the peer tools, where one exists. */
export interface Equivalents {
  psrule?: readonly string[];
  checkov?: readonly string[];
  polaris?: readonly string[];
  kubeScore?: readonly string[];
  kubeLinter?: readonly string[];
  kyverno?: readonly string[];
}

export interface RuleMeta {
  /** `<domain>/<kebab-name>`; domain is one of cluster, nodepool, network, azure, workload, security, cross, gitops. */
  id: string;
  title: string;
  severity: Severity;
  pillar: Pillar;
  level: RuleLevel;
  target: RuleTarget;
  rationale: string;
  remediation: Remediation;
  sources: readonly RuleSource[];
  equivalents: Equivalents;
}

/** What a rule reports. `path` is relative to the subject's object (ARM resource, pool properties or Kubernetes object). */
export interface FindingReport {
  message: string;
  /** Key path inside the subject; the engine turns it into a source location. */
  path?: KeyPath;
  /** Report against another fact than the subject (cross-object rules). */
  subject?: ManagedClusterFact | AgentPoolFact | AzureResourceFact | KubeObjectFact;
}

export interface RuleContext {
  report(finding: FindingReport): void;
  /** All facts, for rules that need to look beyond their subject. */
  facts: Facts;
}

export type RuleSubject<T extends RuleTarget> = T extends { kind: "cluster" }
  ? ManagedClusterFact
  : T extends { kind: "agentPool" }
    ? AgentPoolFact
    : T extends { kind: "azureResource" }
      ? AzureResourceFact
      : T extends { kind: "kube" }
        ? KubeObjectFact
        : Facts;

export interface Rule<T extends RuleTarget = RuleTarget> extends RuleMeta {
  target: T;
  check(subject: RuleSubject<T>, ctx: RuleContext): void;
  /**
   * The same check split in two for the engine's fast path: a preparation shared by a family of rules
   * (every pod-template rule needs the same pod view, owner check and batch/OS flags) and this rule's
   * part. The engine prepares once per subject and runs every rule of the family on it; `check` must
   * give the same findings as `prepare` followed by `shared.check`.
   */
  shared?: SharedCheck;
}

/** A preparation computed once per subject for every rule that names it (see `Rule.shared`). */
export interface SharedPrep<P = unknown> {
  /** The prepared view, or undefined when no rule of the family applies to the subject. */
  prepare(subject: KubeObjectFact, facts: Facts): P | undefined;
}

export interface SharedCheck<P = unknown> {
  prep: SharedPrep<P>;
  check(prepared: P, subject: KubeObjectFact, ctx: RuleContext): void;
}

/** Identifies the object a finding is about. */
export interface FindingObject {
  id: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  pillar: Pillar;
  message: string;
  object: FindingObject;
  location: SourceLocation;
  /** Stable across runs and unrelated edits: rule id + object id + key path. */
  fingerprint: string;
}

/** One factory for every rule (typescript-eslint's createRule): checks the metadata's shape once. */
export function defineRule<T extends RuleTarget>(rule: Rule<T>): Rule<T> {
  return rule;
}
