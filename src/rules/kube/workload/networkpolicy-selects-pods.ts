import { kubeIndex, selectorOf } from "../index-cache.js";
import { namespaceOf } from "../pod.js";
import { isEmptySelector } from "../selectors.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "workload/networkpolicy-selects-pods",
    title: "NetworkPolicies select some workload",
    severity: "low",
    pillar: "security",
    level: "baseline",
    rationale:
      "A NetworkPolicy whose podSelector matches no pods isolates nothing; the allow rule or restriction it was written for is not in force. Judged when the input holds workloads of that namespace.",
    remediation: {
      text: "Make spec.podSelector match the pod template labels of the workloads it governs (an empty selector selects every pod of the namespace).",
      yaml: "spec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: api-gateway",
    },
    sources: [S.k8sNetworkPolicy, S.s000NetworkPolicy],
    equivalents: { kubeScore: ["networkpolicy-targets-pod"], kubeLinter: ["dangling-networkpolicy"] },
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const np of index.ofKind("NetworkPolicy")) {
      const ns = namespaceOf(np);
      const selector = selectorOf(np);
      if (!selector || isEmptySelector(selector)) continue;
      if (!index.hasWorkloads(ns)) continue;
      if (index.selectedBy(np)?.length) continue;
      out.push({
        subject: np,
        message: `NetworkPolicy podSelector matches no workload in namespace "${ns}"`,
        path: ["spec", "podSelector"],
      });
    }
    return out;
  },
);
