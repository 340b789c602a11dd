/**
 * The upgrade strategy a platform spec chooses for one environment: `spec.upgrades.strategy` (or the
 * environment's override, or the preset's default), resolved through the spec loader so that the
 * preset, validation and error locations are the same as for every other command.
 */
import { UsageError } from "../errors.js";
import type { LoadedPlatform } from "../spec/index.js";

export type UpgradeStrategy = "rolling" | "blue-green";

/** The environment's resolved strategy. `env` may be omitted when the spec has one environment. */
export function specStrategy(platform: LoadedPlatform, env?: string): UpgradeStrategy {
  const clusters = platform.model.clusters;
  const names = clusters.map((c) => c.environment);
  if (env === undefined && clusters.length > 1)
    throw new UsageError(
      `${platform.spec.file} has environments ${names.join(", ")}; pass --env to choose one`,
    );
  const cluster = env === undefined ? clusters[0] : clusters.find((c) => c.environment === env);
  if (!cluster)
    throw new UsageError(`environment "${env}" is not in ${platform.spec.file}; it has ${names.join(", ")}`);
  return cluster.settings.upgrades.strategy;
}
