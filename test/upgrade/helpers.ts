import { join } from "node:path";
import { parseCluster, parseMaintenance, parseSubnets } from "../../src/upgrade/cluster.js";
import { readSource } from "../../src/upgrade/json-source.js";
import { loadManifests } from "../../src/upgrade/manifests.js";
import { buildPlan, type UpgradePlan } from "../../src/upgrade/plan.js";
import type { UpgradeStrategy } from "../../src/upgrade/strategy.js";

export const FIXTURES = join(import.meta.dirname, "../fixtures/upgrade");
export const f = (name: string) => join(FIXTURES, name);

export async function plan(opts: {
  cluster: string;
  to: string;
  subnet?: string;
  maintenance?: string;
  manifests?: string[];
  strategy?: UpgradeStrategy;
}): Promise<UpgradePlan> {
  return buildPlan({
    cluster: parseCluster(await readSource(f(opts.cluster))),
    target: opts.to,
    subnets: opts.subnet ? parseSubnets(await readSource(f(opts.subnet))) : [],
    maintenance: opts.maintenance ? parseMaintenance(await readSource(f(opts.maintenance))) : undefined,
    manifests: await loadManifests((opts.manifests ?? []).map(f)),
    strategy: opts.strategy ?? "rolling",
    strategySource: opts.strategy ? "flag" : "default",
  });
}
