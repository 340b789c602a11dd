/**
 * A score per Well-Architected pillar, 0–100: the share of (rule, object) checks that pass, each check
 * weighted by its rule's severity (critical 10, high 5, medium 3, low 1; info rules do not count).
 * A pillar with no applicable checks has no score (null), rather than a misleading 100.
 */
import type { Facts } from "./facts.js";
import { POD_TEMPLATE_KINDS, levelIncludes } from "./engine.js";
import type { Finding, Pillar, Rule, RuleLevel, RuleTarget, Severity } from "../rules/types.js";
import { PILLARS } from "../rules/types.js";

export const SEVERITY_WEIGHT: Record<Severity, number> = {
  critical: 10,
  high: 5,
  medium: 3,
  low: 1,
  info: 0,
};

export interface PillarScore {
  pillar: Pillar;
  /** 0–100, or null when no rule of this pillar applied to any object. */
  score: number | null;
  checks: number;
  failed: number;
}

export function countSubjects(target: RuleTarget, facts: Facts, kindCounts: Map<string, number>): number {
  switch (target.kind) {
    case "cluster":
      return facts.clusters.length;
    case "agentPool":
      return facts.clusters.reduce((n, c) => n + c.agentPools.length, 0);
    case "azureResource":
      return facts.azureResources.filter((r) =>
        target.types.some((t) => t.toLowerCase() === r.type.toLowerCase()),
      ).length;
    case "kube":
      return target.kinds
        .flatMap((k) => (k === "PodTemplate" ? POD_TEMPLATE_KINDS : [k]))
        .reduce((n, k) => n + (kindCounts.get(k) ?? 0), 0);
    case "cross":
      return facts.kubeObjects.length + facts.clusters.length + facts.azureResources.length > 0 ? 1 : 0;
  }
}

export function scorePillars(
  facts: Facts,
  rules: readonly Rule[],
  level: RuleLevel,
  findings: readonly Finding[],
): PillarScore[] {
  const kindCounts = new Map<string, number>();
  for (const o of facts.kubeObjects) kindCounts.set(o.kind, (kindCounts.get(o.kind) ?? 0) + 1);
  const failedObjects = new Map<string, Set<string>>();
  for (const f of findings) {
    let s = failedObjects.get(f.ruleId);
    if (!s) failedObjects.set(f.ruleId, (s = new Set()));
    s.add(f.object.id);
  }
  const totals = new Map<Pillar, { weight: number; failedWeight: number; checks: number; failed: number }>();
  for (const p of PILLARS) totals.set(p, { weight: 0, failedWeight: 0, checks: 0, failed: 0 });
  for (const rule of rules) {
    if (!levelIncludes(level, rule.level)) continue;
    const w = SEVERITY_WEIGHT[rule.severity];
    const failed = failedObjects.get(rule.id)?.size ?? 0;
    const checks = Math.max(countSubjects(rule.target, facts, kindCounts), failed);
    const t = totals.get(rule.pillar);
    if (!t || w === 0) continue;
    t.checks += checks;
    t.failed += failed;
    t.weight += w * checks;
    t.failedWeight += w * failed;
  }
  return PILLARS.map((pillar) => {
    const t = totals.get(pillar) ?? { weight: 0, failedWeight: 0, checks: 0, failed: 0 };
    return {
      pillar,
      score: t.weight === 0 ? null : Math.round(100 * (1 - t.failedWeight / t.weight)),
      checks: t.checks,
      failed: t.failed,
    };
  });
}
