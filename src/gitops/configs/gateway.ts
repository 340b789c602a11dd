/**
 * The shared Gateway the workloads' HTTPRoutes attach to (Gateway API, gateway.networking.k8s.io/v1),
 * when the spec routes with Gateway API: an HTTP listener for ACME HTTP-01 challenges and one HTTPS
 * listener per host whose certificate cert-manager issues from the Gateway annotation
 * (cert-manager.io/docs/usage/gateway).
 */
import type { ClusterModel } from "../../model/types.js";
import type { Gateway, GatewayListener } from "../crds.js";
import { clusterIssuerName, GATEWAY, ingressTarget, usesGatewayApi } from "../ingress-target.js";
import { platformLabels } from "../labels.js";
import { namespaceObject } from "../namespace.js";
import type { KubeObject } from "../types.js";

export function listenerName(host: string): string {
  return `https-${host.replace(/\./g, "-").replace(/\*/g, "wildcard")}`.slice(0, 63);
}

export function gatewayObjects(model: ClusterModel): KubeObject[] {
  const target = ingressTarget(model);
  if (!usesGatewayApi(model) || !target?.gatewayClassName) return [];
  const issuer = clusterIssuerName(model);
  const hosts = [...new Set(model.workloads.flatMap((w) => (w.ingress ? [w.ingress.host] : [])))].sort();
  const listeners: GatewayListener[] = [
    { name: "http", protocol: "HTTP", port: 80, allowedRoutes: { namespaces: { from: "All" } } },
    ...hosts.map((host): GatewayListener => ({
      name: listenerName(host),
      protocol: "HTTPS",
      port: 443,
      hostname: host,
      tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", name: `${listenerName(host)}-tls` }] },
      allowedRoutes: { namespaces: { from: "All" } },
    })),
  ];
  const gw: Gateway = {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "Gateway",
    metadata: {
      name: GATEWAY.name,
      namespace: GATEWAY.namespace,
      labels: platformLabels(model),
      ...(issuer ? { annotations: { "cert-manager.io/cluster-issuer": issuer } } : {}),
    },
    spec: { gatewayClassName: target.gatewayClassName, listeners },
  };
  const suppression = {
    "akskit.dev/ignore":
      "cross/default-deny-ingress,cross/default-deny-egress,cross/resource-quota,cross/limit-range",
    "akskit.dev/ignore-reason": "Holds only the shared Gateway object; no pods run in this namespace.",
  };
  return [namespaceObject(GATEWAY.namespace, "restricted", platformLabels(model), suppression), gw];
}
