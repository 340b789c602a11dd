import type { KubeObjectFact } from "../../../audit/facts.js";
import { kubeIndex } from "../index-cache.js";
import { arrAt, getPath, namespaceOf } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

function covers(schedule: KubeObjectFact, ns: string): boolean {
  const included = arrAt(getPath(schedule.object, ["spec", "template", "includedNamespaces"]));
  const excluded = arrAt(getPath(schedule.object, ["spec", "template", "excludedNamespaces"]));
  if (excluded.includes(ns)) return false;
  return included.length === 0 || included.includes("*") || included.includes(ns);
}

export const rule = crossRule(
  {
    id: "cross/velero-schedule",
    title: "Stateful namespaces are covered by a Velero backup schedule",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    rationale:
      "Persistent volumes hold the state the cluster cannot rebuild from Git. When the platform uses Velero (a Velero Schedule or BackupStorageLocation is in the input), every namespace with StatefulSets or PersistentVolumeClaims needs a schedule that includes it.",
    remediation: {
      text: "Add the namespace to a Velero Schedule's spec.template.includedNamespaces (with volume snapshots) and test the restore.",
      spec: "spec.backup",
      yaml: 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: daily\n  namespace: velero\nspec:\n  schedule: "0 2 * * *"\n  template:\n    includedNamespaces: [payments]\n    ttl: 720h0m0s',
    },
    sources: [S.s000Velero, S.s002Day2, S.s003Backup, S.veleroSchedule],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const schedules = index.ofKind("Schedule").filter((s) => s.apiVersion.startsWith("velero.io/"));
    const usesVelero =
      schedules.length > 0 ||
      index.ofKind("BackupStorageLocation").some((b) => b.apiVersion.startsWith("velero.io/"));
    if (!usesVelero) return undefined;
    const first = new Map<string, KubeObjectFact>();
    for (const kind of ["StatefulSet", "PersistentVolumeClaim"])
      for (const f of index.ofKind(kind)) if (!first.has(namespaceOf(f))) first.set(namespaceOf(f), f);
    const out: Problem[] = [];
    for (const [ns, f] of [...first.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (schedules.some((s) => covers(s, ns))) continue;
      const subject = index.get("Namespace", undefined, ns) ?? f;
      out.push({
        subject,
        message: `namespace "${ns}" holds persistent state but no Velero Schedule includes it`,
        path: ["metadata", "name"],
      });
    }
    return out;
  },
);
