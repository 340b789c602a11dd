import type { KubeObjectFact } from "../../../audit/facts.js";
import type { RemovedApi } from "../../../kube/removed-apis.js";
import { parseMinor, removedApisUpTo } from "../../../kube/removed-apis.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

/** Version the audit judges against: the oldest cluster version in the input, else every removal known. */
function targetVersion(versions: readonly unknown[]): string {
  let oldest: { major: number; minor: number; text: string } | undefined;
  for (const v of versions) {
    const parsed = typeof v === "string" ? parseMinor(v) : undefined;
    if (
      parsed &&
      (!oldest ||
        parsed.major < oldest.major ||
        (parsed.major === oldest.major && parsed.minor < oldest.minor))
    )
      oldest = { ...parsed, text: `${parsed.major}.${parsed.minor}` };
  }
  return oldest?.text ?? "99.99";
}

export const rule = crossRule(
  {
    id: "workload/removed-api",
    title: "Manifests use served Kubernetes API versions",
    severity: "high",
    pillar: "operations",
    level: "baseline",
    rationale:
      "An apiVersion the cluster no longer serves makes kubectl apply and Flux fail for that object, often discovered only after a control-plane upgrade. Judged against the oldest cluster version in the input, or every known removal when none is given.",
    remediation: {
      text: "Move the object to the replacement apiVersion named in the finding and apply the field changes the migration guide lists.",
      yaml: "apiVersion: policy/v1\nkind: PodDisruptionBudget",
    },
    sources: [S.k8sDeprecation, S.s003Upgrades],
    equivalents: {
      kubeScore: ["stable-version"],
      kubeLinter: ["no-extensions-v1beta"],
      kyverno: ["check-deprecated-apis"],
    },
  },
  (ctx) => {
    const target = targetVersion(ctx.facts.clusters.map((c) => c.resource.properties?.kubernetesVersion));
    // One lookup table per audit rather than a scan of the removal list per object.
    // apiVersion → kind → removal: no key string to build per object.
    const removedByKey = new Map<string, Map<string, RemovedApi>>();
    for (const r of removedApisUpTo(target)) {
      let kinds = removedByKey.get(r.apiVersion);
      if (!kinds) removedByKey.set(r.apiVersion, (kinds = new Map<string, RemovedApi>()));
      if (!kinds.has(r.kind)) kinds.set(r.kind, r);
    }
    const out: Problem[] = [];
    // An indexed loop: this one pass over every object mostly runs before it is optimized, where
    // for-of pays an iterator result per object.
    const objects = ctx.facts.kubeObjects;
    for (let i = 0; i < objects.length; i++) {
      const fact = objects[i] as KubeObjectFact;
      const removed = removedByKey.get(fact.apiVersion)?.get(fact.kind);
      if (!removed) continue;
      const to = removed.replacement ? `; use ${removed.replacement}` : "; it has no replacement";
      out.push({
        subject: fact,
        message: `${removed.apiVersion} ${removed.kind} is not served since Kubernetes ${removed.removedIn}${to}${removed.notes ? ` (${removed.notes})` : ""}`,
        path: ["apiVersion"],
      });
    }
    return out;
  },
);
