import { kubeIndex } from "../index-cache.js";
import { allowsDnsEgress, isDefaultDeny } from "../netpol.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "cross/dns-egress",
    title: "Namespaces with default-deny egress allow DNS",
    severity: "high",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "A default-deny egress policy also blocks DNS: every name lookup times out and pods fail in confusing ways (connection errors to Key Vault, the database, even the API server by name). The seeds pair default-deny with an explicit DNS allow rule.",
    remediation: {
      text: "Add a NetworkPolicy that allows egress on UDP and TCP port 53 to kube-system (CoreDNS).",
      yaml: "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-dns\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n      ports:\n        - { port: 53, protocol: UDP }\n        - { port: 53, protocol: TCP }",
    },
    sources: [S.s002NetworkPolicy, S.k8sNetworkPolicy],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const byNs = new Map<string, boolean>();
    const out: Problem[] = [];
    for (const np of index.ofKind("NetworkPolicy")) {
      if (!isDefaultDeny(np, "Egress")) continue;
      const ns = np.namespace ?? "default";
      let ok = byNs.get(ns);
      if (ok === undefined) {
        ok = index.inNamespace("NetworkPolicy", ns).some(allowsDnsEgress);
        byNs.set(ns, ok);
      }
      if (!ok)
        out.push({
          subject: np,
          message: `default-deny egress in namespace "${ns}" with no NetworkPolicy allowing DNS (port 53)`,
          path: ["spec", "policyTypes"],
        });
    }
    return out;
  },
);
