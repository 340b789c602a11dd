import { kubeIndex } from "../index-cache.js";
import { policyTypes } from "../netpol.js";
import { podOf } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "cross/pod-network-policy",
    title: "Pods are isolated by NetworkPolicies in both directions",
    severity: "medium",
    pillar: "security",
    level: "production",
    rationale:
      "A pod no NetworkPolicy selects accepts connections from anywhere in the cluster and may connect anywhere. Every workload should be selected by policies covering Ingress and Egress (a namespace default-deny does both).",
    remediation: {
      text: "Add a default-deny NetworkPolicy for the namespace and allow the workload's flows explicitly.",
      spec: "spec.workloads[].allowFrom",
      yaml: "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]",
    },
    sources: [S.s004NetworkPolicy, S.s003PodTraffic, S.k8sNetworkPolicy],
    equivalents: {
      polaris: ["missingNetworkPolicy"],
      kubeScore: ["pod-networkpolicy"],
      kubeLinter: ["non-isolated-pod"],
    },
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const w of index.workloads) {
      const pod = podOf(w);
      if (!pod || pod.spec.hostNetwork === true) continue;
      let ingress = false;
      let egress = false;
      for (const np of index.selecting("NetworkPolicy", w)) {
        for (const t of policyTypes(np)) {
          if (t === "Ingress") ingress = true;
          else egress = true;
        }
      }
      const missing = [...(ingress ? [] : ["Ingress"]), ...(egress ? [] : ["Egress"])];
      if (missing.length)
        out.push({
          subject: w,
          message: `no NetworkPolicy governs ${missing.join(" or ")} traffic of this workload's pods`,
          path: [...pod.metaPath, "labels"],
        });
    }
    return out;
  },
);
