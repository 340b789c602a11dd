/** Spec loading, validation and resolution in one call, for the commands. */
import { InputError } from "../errors.js";
import { resolvePlatform } from "../model/resolve.js";
import type { PlatformModel } from "../model/types.js";
import { loadSpecFile, loadSpecText, type LoadedSpec } from "./load.js";
import { validateDocument, validatePlatform, type ValidationResult } from "./validate.js";

export interface LoadedPlatform {
  spec: LoadedSpec;
  model: PlatformModel;
  /** Warnings (errors throw). */
  validation: ValidationResult;
}

function finish(spec: LoadedSpec): LoadedPlatform {
  const early = validateDocument(spec);
  if (early.some((d) => d.severity === "error")) throw new InputError(early);
  const model = resolvePlatform(spec.document, spec.file);
  const validation = validatePlatform(spec, model);
  validation.diagnostics.unshift(...early);
  if (validation.diagnostics.some((d) => d.severity === "error"))
    throw new InputError(validation.diagnostics);
  return { spec, model, validation };
}

/** Loads, schema-checks, resolves and validates a spec file; throws InputError listing every problem. */
export async function loadPlatform(file: string): Promise<LoadedPlatform> {
  return finish(await loadSpecFile(file));
}

export function loadPlatformText(file: string, text: string): LoadedPlatform {
  return finish(loadSpecText(file, text));
}
