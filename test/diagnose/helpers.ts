import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnose } from "../../src/diagnose/index.js";
import { parseObjects } from "../../src/diagnose/input.js";
import type { KubeObject } from "../../src/diagnose/kube.js";
import { DEFAULT_CONTEXT, type ClusterContext, type Diagnosis } from "../../src/diagnose/types.js";

export const FIXTURES = join(import.meta.dirname, "../fixtures/diagnose");

export function fixture(name: string): KubeObject[] {
  const file = join(FIXTURES, name);
  return parseObjects({ file, text: readFileSync(file, "utf8") });
}

/** Diagnoses the shared nodes plus the named scenario files. */
export function run(names: string[], ctx: ClusterContext = DEFAULT_CONTEXT): Diagnosis[] {
  return diagnose([...fixture("nodes.json"), ...names.flatMap(fixture)], ctx).diagnoses;
}

export function field(d: Diagnosis | undefined, name: string): string | undefined {
  return d?.evidence.find((e) => e.field === name)?.value;
}
