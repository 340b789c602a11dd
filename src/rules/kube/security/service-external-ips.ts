import { arrAt, getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/service-external-ips",
    title: "Services do not set externalIPs",
    severity: "high",
    pillar: "security",
    level: "baseline",
    kinds: ["Service"],
    rationale:
      "spec.externalIPs lets whoever can create a Service intercept traffic the cluster sends to any IP address (CVE-2020-8554), for example the database's or Key Vault's private endpoint. No AKS ingress path needs it: use an internal LoadBalancer or the ingress controller.",
    remediation: {
      text: "Remove spec.externalIPs; expose the Service through an internal LoadBalancer or the ingress controller.",
      yaml: 'metadata:\n  annotations:\n    service.beta.kubernetes.io/azure-load-balancer-internal: "true"\nspec:\n  type: LoadBalancer',
    },
    sources: [
      S.s003Ingress,
      S.k8sService,
      {
        title: "Kubernetes: CVE-2020-8554 (man in the middle using LoadBalancer or ExternalIPs)",
        url: "https://github.com/kubernetes/kubernetes/issues/97076",
      },
    ],
    equivalents: { kyverno: ["restrict-service-external-ips"] },
  },
  (fact) => {
    const ips = arrAt(getPath(fact.object, ["spec", "externalIPs"]));
    return ips.length
      ? {
          message: `Service sets externalIPs ${ips.map((ip) => JSON.stringify(ip)).join(", ")}`,
          path: ["spec", "externalIPs"],
        }
      : undefined;
  },
);
