/**
 * What fronts the workloads for each `ingress.controller`: the IngressClass (or GatewayClass), and where
 * its traffic comes from, for the NetworkPolicy that lets it in.
 * - app-routing: the add-on's managed NGINX, class `webapprouting.kubernetes.azure.com`, pods in
 *   `app-routing-system` (learn.microsoft.com/azure/aks/app-routing).
 * - nginx / traefik: self-managed through GitOps (components/), classes `nginx` / `traefik`.
 * - agic: Application Gateway Ingress Controller, class `azure-application-gateway`; Application Gateway
 *   sends traffic straight to pod IPs from its subnet (learn.microsoft.com/azure/application-gateway/ingress-controller-overview).
 * - agc: Application Gateway for Containers, class `azure-alb-external`, traffic from its delegated subnet
 *   (learn.microsoft.com/azure/application-gateway/for-containers/overview).
 */
import type { ClusterModel } from "../model/types.js";

export interface IngressTarget {
  className: string;
  /** Namespace of the controller's pods (NetworkPolicy namespaceSelector). */
  namespace?: string;
  /** Subnet range the traffic comes from when it does not come from pods (NetworkPolicy ipBlock). */
  sourceCidr?: string;
  /** GatewayClass when workloads are routed with Gateway API HTTPRoutes. */
  gatewayClassName?: string;
}

export function ingressTarget(model: ClusterModel): IngressTarget | undefined {
  const agwSubnet = model.network.spokeSubnets.find((s) => s.key === "applicationGateway")?.cidr;
  switch (model.settings.ingress.controller) {
    case "app-routing":
      return { className: "webapprouting.kubernetes.azure.com", namespace: "app-routing-system" };
    case "nginx":
      return { className: "nginx", namespace: "ingress-nginx" };
    case "traefik":
      return { className: "traefik", namespace: "traefik", gatewayClassName: "traefik" };
    case "agic":
      return { className: "azure-application-gateway", ...(agwSubnet ? { sourceCidr: agwSubnet } : {}) };
    case "agc":
      return {
        className: "azure-alb-external",
        gatewayClassName: "azure-alb-external",
        ...(agwSubnet ? { sourceCidr: agwSubnet } : {}),
      };
    case "none":
      return undefined;
  }
}

/**
 * Gateway API routing: when the spec asks for it and the controller implements it (traefik and
 * Application Gateway for Containers); the NGINX-based controllers keep Ingress objects.
 */
export function usesGatewayApi(model: ClusterModel): boolean {
  return model.settings.ingress.gatewayApi && ingressTarget(model)?.gatewayClassName !== undefined;
}

/** The shared Gateway the HTTPRoutes attach to (configs/gateway.ts). */
export const GATEWAY = { name: "platform", namespace: "gateway-system" } as const;

/** The ClusterIssuer workloads' certificates come from, or undefined when TLS is managed by hand. */
export function clusterIssuerName(model: ClusterModel): string | undefined {
  const issuer = model.settings.ingress.tls.issuer;
  if (issuer === "none" || model.settings.ingress.controller === "none") return undefined;
  return issuer;
}
