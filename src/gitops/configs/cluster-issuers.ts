/**
 * Let's Encrypt ClusterIssuers, staging and production (seed 001 "TLS Certificate Management"; ACME
 * endpoints from letsencrypt.org/docs/staging-environment and letsencrypt.org/getting-started). Both
 * exist so a new host can be tried against staging's generous rate limits; the spec's `ingress.tls.issuer`
 * picks the one workloads use. HTTP-01 is solved through the chosen ingress class
 * (`http01.ingress.ingressClassName`, cert-manager.io/docs/configuration/acme/http01), or through an
 * HTTPRoute on the shared Gateway when workloads use Gateway API.
 */
import type { IClusterIssuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1/ClusterIssuer";
import type { ClusterModel } from "../../model/types.js";
import { GATEWAY, ingressTarget, usesGatewayApi } from "../ingress-target.js";
import { platformLabels } from "../labels.js";

export const ACME_SERVERS = {
  "letsencrypt-staging": "https://acme-staging-v02.api.letsencrypt.org/directory",
  letsencrypt: "https://acme-v02.api.letsencrypt.org/directory",
} as const;

type AcmeSolver = NonNullable<NonNullable<NonNullable<IClusterIssuer["spec"]>["acme"]>["solvers"]>[number];

export function clusterIssuers(model: ClusterModel): IClusterIssuer[] {
  const target = ingressTarget(model);
  if (!target) return [];
  const solver = usesGatewayApi(model)
    ? {
        http01: {
          gatewayHTTPRoute: {
            parentRefs: [{ name: GATEWAY.name, namespace: GATEWAY.namespace, kind: "Gateway" }],
          },
        },
      }
    : { http01: { ingress: { ingressClassName: target.className } } };
  return (Object.keys(ACME_SERVERS) as (keyof typeof ACME_SERVERS)[]).sort().map((name) => ({
    apiVersion: "cert-manager.io/v1",
    kind: "ClusterIssuer",
    metadata: { name, labels: platformLabels(model) },
    spec: {
      acme: {
        server: ACME_SERVERS[name],
        email: model.settings.ingress.tls.email,
        privateKeySecretRef: { name: `${name}-account-key` },
        solvers: [solver as AcmeSolver],
      },
    },
  }));
}
