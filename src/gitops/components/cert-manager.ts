/**
 * cert-manager issues the workloads' TLS certificates from Let's Encrypt (seed 001 "TLS Certificate
 * Management"). Chart v1.19.1 from charts.jetstack.io, the only supported source of the chart
 * (cert-manager.io/docs/installation/helm); `crds.enabled` replaces the deprecated `installCRDs`.
 */
import type { ClusterModel } from "../../model/types.js";
import { controllerReplicas, type HelmComponent } from "./helm.js";

export const CERT_MANAGER_CHART = {
  repository: "jetstack",
  url: "https://charts.jetstack.io",
  chart: "cert-manager",
  version: "v1.19.1",
} as const;

export function certManager(model: ClusterModel): HelmComponent {
  const replicas = controllerReplicas(model);
  return {
    name: "cert-manager",
    namespace: "cert-manager",
    podSecurity: "restricted",
    chart: { ...CERT_MANAGER_CHART },
    purpose: "Issues and renews TLS certificates for Ingress/Gateway hosts through ACME (Let's Encrypt).",
    values: {
      crds: { enabled: true, keep: true },
      replicaCount: replicas,
      podDisruptionBudget: { enabled: replicas > 1, maxUnavailable: 1 },
      webhook: { replicaCount: replicas, podDisruptionBudget: { enabled: replicas > 1, maxUnavailable: 1 } },
      cainjector: {
        replicaCount: replicas,
        podDisruptionBudget: { enabled: replicas > 1, maxUnavailable: 1 },
      },
      // Gateway API HTTP-01 solving and Gateway certificates need the Gateway API support switched on.
      ...(model.settings.ingress.gatewayApi
        ? {
            config: {
              apiVersion: "controller.config.cert-manager.io/v1alpha1",
              kind: "ControllerConfiguration",
              enableGatewayAPI: true,
            },
          }
        : {}),
      prometheus: {
        enabled: true,
        servicemonitor: { enabled: model.settings.observability.selfHostedPrometheus },
      },
    },
  };
}
