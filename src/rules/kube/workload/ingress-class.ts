import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "workload/ingress-class",
    title: "Ingresses name their ingress class",
    severity: "low",
    pillar: "operations",
    level: "production",
    kinds: ["Ingress"],
    rationale:
      "Without spec.ingressClassName the Ingress is served by whichever controller is the cluster default, or by none; with the AKS application routing add-on next to another controller the route may be exposed on the wrong (public) entry point.",
    remediation: {
      text: "Set spec.ingressClassName, e.g. webapprouting.kubernetes.azure.com for the application routing add-on.",
      spec: "spec.ingress.controller",
      yaml: "spec:\n  ingressClassName: webapprouting.kubernetes.azure.com",
    },
    sources: [S.s004Ingress, S.mlAppRouting, S.k8sIngress],
    equivalents: {},
  },
  (fact) => {
    if (getPath(fact.object, ["spec", "ingressClassName"]) !== undefined) return undefined;
    if (getPath(fact.object, ["metadata", "annotations", "kubernetes.io/ingress.class"]) !== undefined)
      return {
        message:
          "Ingress uses the deprecated kubernetes.io/ingress.class annotation instead of spec.ingressClassName",
        path: ["metadata", "annotations", "kubernetes.io/ingress.class"],
      };
    return { message: "Ingress does not set spec.ingressClassName", path: ["spec", "ingressClassName"] };
  },
);
