/**
 * Self-managed Traefik (`ingress.controller: traefik`). Chart 37.1.2 from traefik.github.io/charts.
 * Internal load balancer behind Application Gateway + WAF, as for NGINX.
 */
import type { ClusterModel } from "../../model/types.js";
import { controllerReplicas, type HelmComponent } from "./helm.js";

export const TRAEFIK_CHART = {
  repository: "traefik",
  url: "https://traefik.github.io/charts",
  chart: "traefik",
  version: "37.1.2",
} as const;

export function traefik(model: ClusterModel): HelmComponent {
  return {
    name: "traefik",
    namespace: "traefik",
    podSecurity: "restricted",
    chart: { ...TRAEFIK_CHART },
    purpose: "The Traefik ingress controller (IngressClass traefik) in front of the workloads.",
    values: {
      deployment: { replicas: controllerReplicas(model) },
      podDisruptionBudget: { enabled: controllerReplicas(model) > 1, maxUnavailable: 1 },
      ingressClass: { enabled: true, isDefaultClass: false, name: "traefik" },
      providers: {
        kubernetesIngress: { enabled: true },
        kubernetesGateway: { enabled: model.settings.ingress.gatewayApi },
      },
      service: {
        annotations: model.settings.ingress.waf
          ? { "service.beta.kubernetes.io/azure-load-balancer-internal": "true" }
          : {},
      },
      metrics: { prometheus: { entryPoint: "metrics" } },
    },
  };
}
