import { kubeIndex } from "../index-cache.js";
import { namespaceOf } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "workload/pdb-selects-pods",
    title: "PodDisruptionBudgets select some workload",
    severity: "low",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "A PodDisruptionBudget whose selector matches no pods protects nothing: the workload it was written for can be fully evicted during a drain. Judged only when the input holds workloads of that namespace.",
    remediation: {
      text: "Make spec.selector match the pod template labels of the workload it protects.",
      yaml: "spec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: api-gateway",
    },
    sources: [S.s003PodAvailability, S.k8sPdb],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const pdb of index.ofKind("PodDisruptionBudget")) {
      const ns = namespaceOf(pdb);
      if (!index.hasWorkloads(ns)) continue;
      if (index.selectedBy(pdb)?.length) continue;
      out.push({
        subject: pdb,
        message: `PodDisruptionBudget selects no workload in namespace "${ns}"`,
        path: ["spec", "selector"],
      });
    }
    return out;
  },
);
