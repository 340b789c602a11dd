/**
 * How a workload with `ingress` is exposed: an Ingress with TLS for the chosen controller's class and
 * the cert-manager annotation (cert-manager.io/docs/usage/ingress), or an HTTPRoute on the shared
 * Gateway when the spec routes with Gateway API.
 */
import type { IIngress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import { listenerName } from "../configs/gateway.js";
import type { HTTPRoute } from "../crds.js";
import { clusterIssuerName, GATEWAY, ingressTarget, usesGatewayApi } from "../ingress-target.js";
import { workloadLabels } from "../labels.js";
import { HTTP_PORT, names } from "./names.js";

export function ingressRules(w: ResolvedWorkload, host: string): NonNullable<IIngress["spec"]>["rules"] {
  return [
    {
      host,
      http: {
        paths: [
          {
            path: w.ingress?.path ?? "/",
            pathType: "Prefix",
            backend: { service: { name: names.service(w), port: { name: HTTP_PORT } } },
          },
        ],
      },
    },
  ];
}

export function ingressTls(w: ResolvedWorkload, host: string): NonNullable<IIngress["spec"]>["tls"] {
  return [{ hosts: [host], secretName: names.tlsSecret(w) }];
}

export function ingress(model: ClusterModel, w: ResolvedWorkload): IIngress | undefined {
  const target = ingressTarget(model);
  if (!w.ingress || !target || usesGatewayApi(model)) return undefined;
  const issuer = clusterIssuerName(model);
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: {
      name: w.name,
      namespace: w.namespace,
      labels: workloadLabels(model, w),
      ...(issuer ? { annotations: { "cert-manager.io/cluster-issuer": issuer } } : {}),
    },
    spec: {
      ingressClassName: target.className,
      tls: ingressTls(w, w.ingress.host),
      rules: ingressRules(w, w.ingress.host),
    },
  };
}

export function httpRoute(model: ClusterModel, w: ResolvedWorkload): HTTPRoute | undefined {
  if (!w.ingress || !usesGatewayApi(model)) return undefined;
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: { name: w.name, namespace: w.namespace, labels: workloadLabels(model, w) },
    spec: {
      parentRefs: [
        { name: GATEWAY.name, namespace: GATEWAY.namespace, sectionName: listenerName(w.ingress.host) },
      ],
      hostnames: [w.ingress.host],
      rules: [
        {
          matches: [{ path: { type: "PathPrefix", value: w.ingress.path } }],
          backendRefs: [{ name: names.service(w), port: 80 }],
        },
      ],
    },
  };
}
