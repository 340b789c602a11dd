import { kubeIndex } from "../index-cache.js";
import { policyTypes } from "../netpol.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
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
  (pod, w, ctx) => {
    if (pod.spec.hostNetwork === true) return undefined;
    let ingress = false;
    let egress = false;
    for (const np of kubeIndex(ctx.facts).selecting("NetworkPolicy", w)) {
      for (const t of policyTypes(np)) {
        if (t === "Ingress") ingress = true;
        else egress = true;
      }
    }
    if (ingress && egress) return undefined;
    const missing = [...(ingress ? [] : ["Ingress"]), ...(egress ? [] : ["Egress"])];
    return {
      message: `no NetworkPolicy governs ${missing.join(" or ")} traffic of this workload's pods`,
      path: [...pod.metaPath, "labels"],
    };
  },
);
