/**
 * Loading for `akskit plan`: `loadPlatform`, except that capacity errors do not stop it — the plan
 * exists to show them with the numbers that prove them (they come back as plan problems, exit code 1).
 * Every other error still throws InputError (exit 2).
 */
import { loadPlatform, loadPlatformText, type LoadedPlatform } from "../spec/index.js";

/** Validation codes the plan reports itself, as problems with their numbers. */
export const PLAN_REPORTED_CODES: ReadonlySet<string> = new Set(["subnet-too-small", "pod-cidr-too-small"]);

export function loadForPlan(file: string): Promise<LoadedPlatform> {
  return loadPlatform(file, { reportedByCaller: PLAN_REPORTED_CODES });
}

export function loadForPlanText(file: string, text: string): LoadedPlatform {
  return loadPlatformText(file, text, { reportedByCaller: PLAN_REPORTED_CODES });
}
