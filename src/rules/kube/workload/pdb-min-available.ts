import { kubeIndex } from "../index-cache.js";
import { getPath, show } from "../pod.js";
import { intOrPercent, minReplicas } from "../replicas.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "workload/pdb-min-available",
    title: "PodDisruptionBudget minAvailable stays below the replica count",
    severity: "high",
    pillar: "operations",
    level: "production",
    rationale:
      "A minAvailable equal to or above the number of replicas (or 100%) leaves no eviction allowed: every drain of a node hosting those pods blocks, stalling AKS node upgrades and autoscaler scale-down. With an HPA the floor is its minReplicas.",
    remediation: {
      text: "Lower minAvailable below the smallest replica count (HPA minReplicas when an HPA scales the workload), or use maxUnavailable: 1.",
      yaml: "spec:\n  maxUnavailable: 1",
    },
    sources: [S.s003Upgrades, S.k8sPdb],
    equivalents: {
      kubeLinter: ["pdb-min-available"],
      polaris: ["pdbMinAvailableGreaterThanHPAMinReplicas"],
    },
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const pdb of index.ofKind("PodDisruptionBudget")) {
      const raw = getPath(pdb.object, ["spec", "minAvailable"]);
      if (raw === undefined) continue;
      for (const w of index.selectedBy(pdb) ?? []) {
        const replicas = minReplicas(w, index);
        if (replicas === undefined || replicas === 0) continue;
        const min = intOrPercent(raw, replicas);
        if (min === undefined || min < replicas) continue;
        out.push({
          subject: pdb,
          message: `PodDisruptionBudget minAvailable ${show(raw)} leaves no disruption for ${w.kind} "${w.name}" with ${replicas} replica${replicas === 1 ? "" : "s"}`,
          path: ["spec", "minAvailable"],
        });
      }
    }
    return out;
  },
);
