import { kubeIndex } from "../index-cache.js";
import { isDefaultDeny } from "../netpol.js";
import { S } from "../sources.js";
import { SYSTEM_NAMESPACES } from "../pod.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "cross/default-deny-egress",
    title: "Namespaces deny egress traffic by default",
    severity: "medium",
    pillar: "security",
    level: "production",
    kinds: ["Namespace"],
    rationale:
      "Without an egress default-deny a compromised pod can reach every other pod, the node network and the internet through the firewall's allowed rules. The seeds start every namespace at default-deny for both directions and open DNS and named destinations explicitly.",
    remediation: {
      text: "Add a NetworkPolicy with podSelector: {} and policyTypes: [Egress] and no egress rules, plus a policy allowing DNS (UDP and TCP 53) to kube-system.",
      yaml: "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]",
    },
    sources: [S.s002NetworkPolicy, S.s004NetworkPolicy, S.s003PodTraffic, S.mlNetworkPolicy],
    equivalents: {},
  },
  (fact, ctx) => {
    if (SYSTEM_NAMESPACES.has(fact.name)) return undefined;
    if (
      kubeIndex(ctx.facts)
        .inNamespace("NetworkPolicy", fact.name)
        .some((np) => isDefaultDeny(np, "Egress"))
    )
      return undefined;
    return {
      message: `namespace "${fact.name}" has no default-deny egress NetworkPolicy`,
      path: ["metadata", "name"],
    };
  },
);
