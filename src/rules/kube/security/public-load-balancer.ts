import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

const INTERNAL = "service.beta.kubernetes.io/azure-load-balancer-internal";

export const rule = objectRule(
  {
    id: "security/public-load-balancer",
    title: "LoadBalancer Services are internal",
    severity: "high",
    pillar: "security",
    level: "production",
    kinds: ["Service"],
    rationale:
      "On AKS a LoadBalancer Service without the internal annotation gets a public IP on the cluster's Azure load balancer, exposing the pods to the internet and bypassing the Application Gateway WAF and the firewall. The seeds list pods exposed directly to the internet as a common production error.",
    remediation: {
      text: 'Annotate the Service with service.beta.kubernetes.io/azure-load-balancer-internal: "true" (and optionally a subnet), or publish it through the ingress controller.',
      yaml: 'metadata:\n  annotations:\n    service.beta.kubernetes.io/azure-load-balancer-internal: "true"',
    },
    sources: [S.s000CommonErrors, S.s003Ingress, S.mlInternalLb],
    equivalents: { kubeLinter: ["exposed-services"] },
  },
  (fact) => {
    if (getPath(fact.object, ["spec", "type"]) !== "LoadBalancer") return undefined;
    if (getPath(fact.object, ["metadata", "annotations", INTERNAL]) === "true") return undefined;
    return {
      message: "LoadBalancer Service gets a public IP (no azure-load-balancer-internal annotation)",
      path: ["metadata", "annotations", INTERNAL],
    };
  },
);
