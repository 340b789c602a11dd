/** JSON upgrade plan: the plan object as built, stable key order, no timestamps. */
import type { UpgradePlan } from "../plan.js";

export function renderPlanJson(plan: UpgradePlan): string {
  return JSON.stringify(plan, null, 2) + "\n";
}
