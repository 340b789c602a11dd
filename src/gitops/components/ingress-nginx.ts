/**
 * Self-managed NGINX ingress controller (`ingress.controller: nginx`). Chart 4.13.3 from
 * kubernetes.github.io/ingress-nginx. The Azure load balancer health probe must hit /healthz
 * (learn.microsoft.com/azure/aks/ingress-basic); behind Application Gateway + WAF the controller gets an
 * internal load balancer so traffic cannot bypass the WAF (seed 003 "Ingress traffic flow").
 */
import type { ClusterModel } from "../../model/types.js";
import { controllerReplicas, type HelmComponent } from "./helm.js";

export const INGRESS_NGINX_CHART = {
  repository: "ingress-nginx",
  url: "https://kubernetes.github.io/ingress-nginx",
  chart: "ingress-nginx",
  version: "4.13.3",
} as const;

export function ingressNginx(model: ClusterModel): HelmComponent {
  const replicas = controllerReplicas(model);
  const annotations: Record<string, string> = {
    "service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path": "/healthz",
    ...(model.settings.ingress.waf
      ? { "service.beta.kubernetes.io/azure-load-balancer-internal": "true" }
      : {}),
  };
  return {
    name: "ingress-nginx",
    namespace: "ingress-nginx",
    podSecurity: "baseline",
    podSecurityReason:
      "The controller binds ports 80 and 443 with the NET_BIND_SERVICE capability, which restricted forbids.",
    chart: { ...INGRESS_NGINX_CHART },
    purpose: "The NGINX ingress controller (IngressClass nginx) in front of the workloads.",
    values: {
      controller: {
        replicaCount: replicas,
        minAvailable: 1,
        ingressClassResource: { name: "nginx", enabled: true, default: false },
        ingressClass: "nginx",
        service: { annotations, externalTrafficPolicy: "Local" },
        metrics: { enabled: true },
        topologySpreadConstraints: [
          {
            maxSkew: 1,
            topologyKey: "topology.kubernetes.io/zone",
            whenUnsatisfiable: "ScheduleAnyway",
            labelSelector: {
              matchLabels: {
                "app.kubernetes.io/name": "ingress-nginx",
                "app.kubernetes.io/component": "controller",
              },
            },
          },
        ],
      },
    },
  };
}
