/** Plain-text upgrade plan: header, numbered steps with commands, checks, verdict. */
import type { CheckStatus, UpgradePlan } from "../plan.js";

export const STATUS_MARK: Record<CheckStatus, string> = {
  blocker: "✗ blocker",
  warning: "! warning",
  ok: "✓ ok     ",
  info: "i info   ",
};

export function headline(plan: UpgradePlan): string {
  const c = plan.cluster;
  return `Upgrade plan for ${c.name} (${c.resourceGroup}): ${c.controlPlane} → ${c.target}, network ${c.networkPlugin}, strategy ${plan.strategy}${plan.strategySource === "default" ? "" : ` (from ${plan.strategySource === "spec" ? "the spec" : "--strategy"})`}`;
}

export function verdict(plan: UpgradePlan): string {
  const b = `${plan.blockers} blocker${plan.blockers === 1 ? "" : "s"}`;
  const w = `${plan.warnings} warning${plan.warnings === 1 ? "" : "s"}`;
  return plan.blockers > 0
    ? `Result: ${b}, ${w}: resolve the blockers before upgrading.`
    : `Result: no blockers, ${w}.`;
}

export function renderPlanText(plan: UpgradePlan): string {
  const out: string[] = [headline(plan), "", "Steps"];
  if (plan.steps.length === 0) out.push("  (none)");
  for (const s of plan.steps) {
    out.push(`  ${s.n}. ${s.title}`);
    for (const n of s.notes) out.push(`     ${n}`);
    for (const c of s.commands) out.push(`     $ ${c}`);
  }
  out.push("", "Checks");
  for (const c of plan.checks) {
    out.push(`  ${STATUS_MARK[c.status]} ${c.id}: ${c.title}`);
    for (const d of c.details) out.push(`              ${d}`);
    out.push(`              Source: ${c.source}`);
  }
  out.push("", verdict(plan));
  return out.join("\n") + "\n";
}
