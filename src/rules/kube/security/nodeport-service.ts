import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/nodeport-service",
    title: "Services are not of type NodePort",
    severity: "medium",
    pillar: "security",
    level: "production",
    kinds: ["Service"],
    rationale:
      "A NodePort opens the same port on every node, reachable by anything that can reach the node subnet and outside the ingress controller, WAF and TLS. The AKS baseline routes all ingress through Application Gateway and an internal ingress controller.",
    remediation: {
      text: "Use a ClusterIP Service behind the ingress controller (or an internal LoadBalancer when layer-4 access is needed).",
      yaml: "spec:\n  type: ClusterIP",
    },
    sources: [S.s003Ingress, S.k8sService],
    equivalents: {
      kubeScore: ["service-type"],
      kubeLinter: ["exposed-services"],
      kyverno: ["restrict-nodeport"],
    },
  },
  (fact) =>
    getPath(fact.object, ["spec", "type"]) === "NodePort"
      ? { message: "Service is of type NodePort", path: ["spec", "type"] }
      : undefined,
);
