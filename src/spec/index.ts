/** Spec loading, validation and resolution in one call, for the commands. */
import { InputError } from "../errors.js";
import { resolvePlatform } from "../model/resolve.js";
import type { PlatformModel } from "../model/types.js";
import { loadSpecFile, loadSpecText, type LoadedSpec } from "./load.js";
import { validateDocument, validatePlatform, type ValidationResult } from "./validate.js";

export interface LoadedPlatform {
  spec: LoadedSpec;
  model: PlatformModel;
  /** Warnings (errors throw), without the codes the caller reports itself. */
  validation: ValidationResult;
}

export interface LoadPlatformOptions {
  /**
   * Validation codes the caller reports itself and that must not stop loading (`akskit plan` shows
   * capacity errors as plan problems with their numbers). They are left out of `validation`.
   */
  reportedByCaller?: ReadonlySet<string>;
}

function finish(spec: LoadedSpec, options: LoadPlatformOptions): LoadedPlatform {
  const early = validateDocument(spec);
  if (early.some((d) => d.severity === "error")) throw new InputError(early);
  const model = resolvePlatform(spec.document, spec.file);
  const skip = options.reportedByCaller ?? new Set<string>();
  const diagnostics = [...early, ...validatePlatform(spec, model).diagnostics].filter(
    (d) => !skip.has(d.code),
  );
  if (diagnostics.some((d) => d.severity === "error")) throw new InputError(diagnostics);
  return { spec, model, validation: { diagnostics } };
}

/** Loads, schema-checks, resolves and validates a spec file; throws InputError listing every problem. */
export async function loadPlatform(file: string, options: LoadPlatformOptions = {}): Promise<LoadedPlatform> {
  return finish(await loadSpecFile(file), options);
}

export function loadPlatformText(
  file: string,
  text: string,
  options: LoadPlatformOptions = {},
): LoadedPlatform {
  return finish(loadSpecText(file, text), options);
}
