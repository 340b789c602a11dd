import { kubeIndex } from "../index-cache.js";
import { isDefaultDeny } from "../netpol.js";
import { S } from "../sources.js";
import { SYSTEM_NAMESPACES } from "../pod.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "cross/default-deny-ingress",
    title: "Namespaces deny ingress traffic by default",
    severity: "high",
    pillar: "security",
    level: "production",
    kinds: ["Namespace"],
    rationale:
      "Kubernetes allows all pod-to-pod traffic until a NetworkPolicy selects a pod. A default-deny ingress policy (empty podSelector, policyTypes Ingress, no rules) makes every allowed flow explicit, so one compromised pod cannot reach everything in the namespace.",
    remediation: {
      text: "Add a NetworkPolicy with podSelector: {} and policyTypes: [Ingress] and no ingress rules, then allow the needed flows explicitly.",
      spec: "spec.workloads[].allowFrom",
      yaml: "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]",
    },
    sources: [
      S.s000NetworkPolicy,
      S.s002NetworkPolicy,
      S.s004NetworkPolicy,
      S.s003PodTraffic,
      S.mlNetworkPolicy,
    ],
    equivalents: {},
  },
  (fact, ctx) => {
    if (SYSTEM_NAMESPACES.has(fact.name)) return undefined;
    if (
      kubeIndex(ctx.facts)
        .inNamespace("NetworkPolicy", fact.name)
        .some((np) => isDefaultDeny(np, "Ingress"))
    )
      return undefined;
    return {
      message: `namespace "${fact.name}" has no default-deny ingress NetworkPolicy`,
      path: ["metadata", "name"],
    };
  },
);
