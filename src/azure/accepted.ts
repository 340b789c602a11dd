/**
 * Deviations from the production bar that the spec asks for explicitly (an environment's Free tier, a
 * public API server, a small pool): the generated resources carry the audit's suppression tags
 * (`akskit-ignore` / `akskit-ignore-reason`, src/audit/suppress.ts) naming the rule and where the spec
 * set the value, so that `akskit audit` reports them as suppressed with that reason rather than as
 * findings. Values that come from a preset are never marked: a preset meets its own bar.
 */
import type { ClusterModel, Origin, ResolvedNodePool } from "../model/types.js";
import { SYSTEM_POOL_MIN_NODES } from "../rules/azure/nodepool/system-pool-min-count.js";
import { USER_POOL_MIN_NODES } from "../rules/azure/nodepool/user-pool-min-count.js";

export const IGNORE_TAG = "akskit-ignore";
export const IGNORE_REASON_TAG = "akskit-ignore-reason";

interface Accepted {
  rule: string;
  because: string;
}

function chosen(origin: Origin | undefined): string | undefined {
  if (!origin) return undefined;
  if (origin.kind === "spec") return "the spec";
  if (origin.kind === "environment") return `environment ${origin.environment} of the spec`;
  return undefined;
}

/** Tags for the deviations in `list` (empty when there are none). */
function tags(list: Accepted[]): Record<string, string> {
  if (list.length === 0) return {};
  const reason = list.map((a) => a.because).join("; ");
  return {
    [IGNORE_TAG]: list.map((a) => a.rule).join(","),
    // Azure tag values hold at most 256 characters.
    [IGNORE_REASON_TAG]: reason.length > 256 ? `${reason.slice(0, 255)}…` : reason,
  };
}

export function clusterAcceptedTags(c: ClusterModel): Record<string, string> {
  const list: Accepted[] = [];
  const tier = chosen(c.origins.tier);
  if (tier && c.settings.tier === "Free")
    list.push({ rule: "cluster/sku-tier-standard", because: `Free tier set by ${tier}` });
  const access = chosen(c.origins["apiServer.access"]);
  if (access && c.settings.apiServer.access === "public")
    list.push({ rule: "cluster/api-server-private", because: `public API server set by ${access}` });
  return tags(list);
}

export function poolAcceptedTags(c: ClusterModel, p: ResolvedNodePool): Record<string, string> {
  const list: Accepted[] = [];
  const by = chosen(c.origins[`nodePools.${p.name}.min`]);
  if (by && p.mode === "System" && p.min < SYSTEM_POOL_MIN_NODES)
    list.push({ rule: "nodepool/system-pool-min-count", because: `min ${p.min} set by ${by}` });
  if (by && p.mode === "User" && p.priority !== "Spot" && p.min < USER_POOL_MIN_NODES)
    list.push({ rule: "nodepool/user-pool-min-count", because: `min ${p.min} set by ${by}` });
  return tags(list);
}
