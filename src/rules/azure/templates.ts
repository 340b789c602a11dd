/**
 * Templates for Azure-side rules (STYLE.md habit 4): most checks are "field X must be Y" over a managed
 * cluster, a node pool or another Azure resource, declared as data. Rules that need more (several
 * resources, arithmetic) are written as code with the helpers in lookup.ts.
 *
 * A template rule never fails on a value it cannot know: when the field (or the value the judgement
 * needs) is an ARM expression the loader could not evaluate (`Unknown`), the rule stays silent.
 */
import type { AgentPoolFact, AzureResourceFact, KeyPath, ManagedClusterFact } from "../../audit/facts.js";
import type { Rule, RuleContext, RuleMeta } from "../types.js";
import { defineRule } from "../types.js";
import { lookup } from "./lookup.js";
import { isUnknown } from "../../audit/facts.js";

/** The outcome of judging a value: pass, fail, or "don't know" (treated as pass, never reported). */
export type Judgement = boolean | "unknown";

type Subject = ManagedClusterFact | AgentPoolFact | AzureResourceFact;

interface FieldRuleSpec<S extends Subject> extends Omit<RuleMeta, "target"> {
  /** Key path of the judged field inside the subject's object (ARM resource, or pool properties). */
  path: KeyPath;
  /** Judges the field's value (`undefined` when absent). */
  expect: (value: unknown, subject: S, ctx: RuleContext) => Judgement;
  /** The finding's message, given the value that failed. */
  message: (value: unknown, subject: S) => string;
  /** Optional precondition: the rule only judges subjects for which this is true. */
  applies?: (subject: S, ctx: RuleContext) => Judgement;
}

function judgeField<S extends Subject>(
  spec: FieldRuleSpec<S>,
  object: unknown,
  subject: S,
  ctx: RuleContext,
): void {
  if (spec.applies && spec.applies(subject, ctx) !== true) return;
  const found = lookup(object, spec.path);
  if (found.unknown) return;
  if (spec.expect(found.value, subject, ctx) !== false) return;
  ctx.report({ message: spec.message(found.value, subject), path: found.path });
}

function metaOf<S extends Subject>(spec: FieldRuleSpec<S>): Omit<RuleMeta, "target"> {
  const { path: _p, expect: _e, message: _m, applies: _a, ...meta } = spec;
  return meta;
}

/** "Field X of the managed cluster resource must be Y"; `path` starts at the resource (`["properties", ...]`). */
export function clusterFieldRule(spec: FieldRuleSpec<ManagedClusterFact>): Rule<{ kind: "cluster" }> {
  return defineRule({
    ...metaOf(spec),
    target: { kind: "cluster" },
    check: (cluster, ctx) => judgeField(spec, cluster.resource, cluster, ctx),
  });
}

/** "Field X of every node pool must be Y"; `path` starts at the agent pool profile (`["maxPods"]`). */
export function poolFieldRule(spec: FieldRuleSpec<AgentPoolFact>): Rule<{ kind: "agentPool" }> {
  return defineRule({
    ...metaOf(spec),
    target: { kind: "agentPool" },
    check: (pool, ctx) => judgeField(spec, pool.properties, pool, ctx),
  });
}

/** "Field X of every Azure resource of these types must be Y"; `path` starts at the resource. */
export function resourceFieldRule(
  spec: FieldRuleSpec<AzureResourceFact> & { types: readonly string[] },
): Rule<{ kind: "azureResource"; types: readonly string[] }> {
  const { types, ...rest } = spec;
  return defineRule({
    ...metaOf(rest),
    target: { kind: "azureResource", types },
    check: (resource, ctx) => judgeField(rest, resource.resource, resource, ctx),
  });
}

/** Passes when the value equals one of `allowed` (strings compared case-insensitively, as ARM does). */
export function oneOf(...allowed: readonly (string | boolean | number)[]): (value: unknown) => Judgement {
  return (value) => {
    if (value === undefined || value === null) return false;
    return allowed.some((a) =>
      typeof a === "string" && typeof value === "string"
        ? a.toLowerCase() === value.toLowerCase()
        : a === value,
    );
  };
}

/** Passes unless the value equals one of `denied` (absent passes). */
export function noneOf(...denied: readonly (string | boolean | number)[]): (value: unknown) => Judgement {
  const match = oneOf(...denied);
  return (value) => (value === undefined || value === null ? true : match(value) !== true);
}

/** Renders a value for a message: strings quoted, absent values named as such. */
export function show(value: unknown): string {
  if (value === undefined || value === null) return "not set";
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Passes when a zone list names at least two distinct zones. */
export function spansZones(value: unknown): Judgement {
  if (!Array.isArray(value)) return false;
  if (value.some(isUnknown)) return "unknown";
  return new Set(value.map(String)).size >= 2;
}
