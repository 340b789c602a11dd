/** The plan as JSON (shape: PlanReport, documented in docs/plan.md "JSON format"). */
import type { PlanReport } from "../plan.js";

export function renderJson(report: PlanReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}
