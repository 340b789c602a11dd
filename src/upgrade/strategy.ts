/** The upgrade strategy chosen in the spec: `spec.upgrades.strategy` (or an environment's override), read as plain YAML. */
import { InputError } from "../errors.js";
import type { SourceFile } from "./json-source.js";

export type UpgradeStrategy = "rolling" | "blue-green";

function get(v: unknown, key: string): unknown {
  return typeof v === "object" && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)[key]
    : undefined;
}

/** The strategy the spec chooses, or undefined when it names none. */
export function specStrategy(src: SourceFile, env?: string): UpgradeStrategy | undefined {
  const spec = get(src.value, "spec");
  const envValue = env ? get(get(get(get(spec, "environments"), env), "upgrades"), "strategy") : undefined;
  const value = envValue ?? get(get(spec, "upgrades"), "strategy");
  const path =
    envValue !== undefined
      ? ["spec", "environments", env!, "upgrades", "strategy"]
      : ["spec", "upgrades", "strategy"];
  if (value === undefined) return undefined;
  if (value === "rolling" || value === "blue-green") return value;
  throw InputError.single({
    severity: "error",
    code: "invalid-value",
    message: `upgrades.strategy must be rolling or blue-green, not ${JSON.stringify(value)}`,
    hint: "Set spec.upgrades.strategy: rolling (in-place surge upgrades) or blue-green (new node pool, seed 002).",
    location: src.locate(path),
  });
}
