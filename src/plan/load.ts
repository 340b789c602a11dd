/**
 * Loading for `akskit plan`: the same steps as `loadPlatform` (schema, resolution, validation), except
 * that capacity errors do not stop it — the plan exists to show them with the numbers that prove them
 * (they come back as plan problems, exit code 1). Every other error still throws InputError (exit 2).
 */
import { InputError } from "../errors.js";
import { resolvePlatform } from "../model/resolve.js";
import type { LoadedPlatform } from "../spec/index.js";
import { loadSpecFile, loadSpecText, type LoadedSpec } from "../spec/load.js";
import { validateDocument, validatePlatform } from "../spec/validate.js";

/** Validation codes the plan reports itself, as problems with their numbers. */
export const PLAN_REPORTED_CODES: ReadonlySet<string> = new Set(["subnet-too-small", "pod-cidr-too-small"]);

function finish(spec: LoadedSpec): LoadedPlatform {
  const early = validateDocument(spec);
  if (early.some((d) => d.severity === "error")) throw new InputError(early);
  const model = resolvePlatform(spec.document, spec.file);
  const validation = validatePlatform(spec, model);
  const diagnostics = [...early, ...validation.diagnostics].filter((d) => !PLAN_REPORTED_CODES.has(d.code));
  if (diagnostics.some((d) => d.severity === "error")) throw new InputError(diagnostics);
  return { spec, model, validation: { diagnostics } };
}

export async function loadForPlan(file: string): Promise<LoadedPlatform> {
  return finish(await loadSpecFile(file));
}

export function loadForPlanText(file: string, text: string): LoadedPlatform {
  return finish(loadSpecText(file, text));
}
