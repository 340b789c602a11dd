/** All ARM-shaped resources of one environment, in module (concern) order. */
import type { ClusterModel, PlatformModel } from "../model/types.js";
import { buildAlerts } from "./builders/alerts.js";
import { buildBackup } from "./builders/backup.js";
import { buildCluster } from "./builders/cluster.js";
import { buildFlowLogs } from "./builders/flowlogs.js";
import { buildGitOps } from "./builders/gitops.js";
import { buildHub } from "./builders/hub.js";
import { buildIdentity } from "./builders/identity.js";
import { buildKeyVault } from "./builders/keyvault.js";
import { buildMonitoring } from "./builders/monitoring.js";
import { buildNetwork } from "./builders/network.js";
import { buildPolicy } from "./builders/policy.js";
import { buildRegistry } from "./builders/registry.js";
import type { BuildContext } from "./context.js";
import { valueSymbols } from "./expr.js";
import { type ArmResourceDef, CONCERNS } from "./resources.js";

const BUILDERS: ((ctx: BuildContext) => ArmResourceDef[])[] = [
  buildHub,
  buildNetwork,
  buildMonitoring,
  buildRegistry,
  buildKeyVault,
  buildCluster,
  buildIdentity,
  buildAlerts,
  buildPolicy,
  buildBackup,
  buildGitOps,
  buildFlowLogs,
];

/** The environment's resources: every builder's output, ordered by concern, symbols checked. */
export function buildEnvironment(platform: PlatformModel, cluster: ClusterModel): ArmResourceDef[] {
  const ctx: BuildContext = { platform, cluster };
  const all = BUILDERS.flatMap((b) => b(ctx));
  const order = new Map<string, number>(CONCERNS.map((c, i) => [c, i]));
  const sorted = all
    .map((r, i) => ({ r, i }))
    .sort((a, b) => order.get(a.r.concern)! - order.get(b.r.concern)! || a.i - b.i)
    .map((x) => x.r);
  const symbols = new Map<string, ArmResourceDef>();
  for (const r of sorted) {
    if (symbols.has(r.symbol)) throw new Error(`duplicate resource symbol "${r.symbol}"`);
    symbols.set(r.symbol, r);
  }
  for (const r of sorted)
    for (const s of dependencies(r))
      if (!symbols.has(s))
        throw new Error(
          `${cluster.environment}: resource "${r.symbol}" refers to "${s}", which is not generated`,
        );
  return sorted;
}

/** Every symbol a resource depends on: parent, scope, explicit dependsOn and expression references. */
export function dependencies(r: ArmResourceDef): string[] {
  const out = new Set<string>();
  if (r.parent) out.add(r.parent);
  if (r.scope) out.add(r.scope);
  for (const d of r.dependsOn ?? []) out.add(d);
  valueSymbols(r.properties, out);
  valueSymbols(r.identity, out);
  valueSymbols(r.sku, out);
  if (typeof r.name !== "string") valueSymbols(r.name, out);
  out.delete(r.symbol);
  return [...out];
}

export function symbolTable(resources: ArmResourceDef[]): Map<string, ArmResourceDef> {
  return new Map(resources.map((r) => [r.symbol, r]));
}
