import { describe, expect, it } from "vitest";
import { ClusterIssuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1/ClusterIssuer";
import { clusterIssuers } from "../../../src/gitops/configs/cluster-issuers.js";
import { clusterFrom } from "../helpers.js";

const spec = (ingress: string) => `  preset: production
  location: westeurope
  ingress: ${ingress}
`;

describe("Let's Encrypt ClusterIssuers", () => {
  it("staging and production, HTTP-01 through the app routing class", () => {
    const issuers = clusterIssuers(
      clusterFrom(spec("{ tls: { issuer: letsencrypt, email: ops@contoso.example } }")),
    );
    for (const i of issuers) expect(() => new ClusterIssuer(i).validate()).not.toThrow();
    expect(issuers.map((i) => [i.metadata!.name, i.spec.acme!.server])).toEqual([
      ["letsencrypt", "https://acme-v02.api.letsencrypt.org/directory"],
      ["letsencrypt-staging", "https://acme-staging-v02.api.letsencrypt.org/directory"],
    ]);
    expect(issuers[0]!.spec.acme).toMatchObject({
      email: "ops@contoso.example",
      privateKeySecretRef: { name: "letsencrypt-account-key" },
      solvers: [{ http01: { ingress: { ingressClassName: "webapprouting.kubernetes.azure.com" } } }],
    });
  });

  it("self-managed controllers solve through their own class", () => {
    const nginx = clusterIssuers(clusterFrom(spec("{ controller: nginx }")));
    expect(nginx[0]!.spec.acme!.solvers).toEqual([{ http01: { ingress: { ingressClassName: "nginx" } } }]);
    const traefik = clusterIssuers(clusterFrom(spec("{ controller: traefik }")));
    expect(traefik[0]!.spec.acme!.solvers).toEqual([
      { http01: { ingress: { ingressClassName: "traefik" } } },
    ]);
  });

  it("Gateway API routing solves through an HTTPRoute on the shared Gateway", () => {
    const gw = clusterIssuers(clusterFrom(spec("{ controller: traefik, gatewayApi: true }")));
    expect(gw[0]!.spec.acme!.solvers).toEqual([
      {
        http01: {
          gatewayHTTPRoute: {
            parentRefs: [{ name: "platform", namespace: "gateway-system", kind: "Gateway" }],
          },
        },
      },
    ]);
  });

  it("none without an ingress controller", () => {
    expect(clusterIssuers(clusterFrom(spec("{ controller: none }")))).toEqual([]);
  });
});
