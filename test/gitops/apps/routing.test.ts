import { describe, expect, it } from "vitest";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { httpRoute, ingress } from "../../../src/gitops/apps/routing.js";
import { clusterFrom, specWith, workload } from "../helpers.js";

const web =
  "{ name: web, namespace: shop, image: cr.example.io/web:1.0.0, port: 8080, ingress: { host: www.contoso.example, path: /shop } }";

describe("Ingress", () => {
  it("app routing: the add-on's class, TLS for the host and the cert-manager issuer annotation", () => {
    const model = clusterFrom(specWith([web]));
    const ing = ingress(model, workload(model, "web"))!;
    expect(() => new Ingress(ing).validate()).not.toThrow();
    expect(ing.metadata!.annotations).toEqual({ "cert-manager.io/cluster-issuer": "letsencrypt" });
    expect(ing.spec).toEqual({
      ingressClassName: "webapprouting.kubernetes.azure.com",
      tls: [{ hosts: ["www.contoso.example"], secretName: "web-tls" }],
      rules: [
        {
          host: "www.contoso.example",
          http: {
            paths: [
              {
                path: "/shop",
                pathType: "Prefix",
                backend: { service: { name: "web", port: { name: "http" } } },
              },
            ],
          },
        },
      ],
    });
  });

  it("self-managed NGINX with the staging issuer", () => {
    const model = clusterFrom(
      specWith(
        [web],
        "  ingress: { controller: nginx, tls: { issuer: letsencrypt-staging, email: a@b.example } }\n",
      ),
    );
    const ing = ingress(model, workload(model, "web"))!;
    expect(ing.spec!.ingressClassName).toBe("nginx");
    expect(ing.metadata!.annotations).toEqual({ "cert-manager.io/cluster-issuer": "letsencrypt-staging" });
  });

  it("Application Gateway Ingress Controller class", () => {
    const model = clusterFrom(specWith([web], "  ingress: { controller: agic }\n"));
    expect(ingress(model, workload(model, "web"))!.spec!.ingressClassName).toBe("azure-application-gateway");
  });

  it("TLS without the annotation when certificates are managed by hand", () => {
    const model = clusterFrom(specWith([web], "  ingress: { tls: { issuer: none } }\n"));
    const ing = ingress(model, workload(model, "web"))!;
    expect(ing.metadata!.annotations).toBeUndefined();
    expect(ing.spec!.tls).toEqual([{ hosts: ["www.contoso.example"], secretName: "web-tls" }]);
  });

  it("NGINX keeps Ingress objects even when Gateway API is asked for (it does not implement it)", () => {
    const model = clusterFrom(specWith([web], "  ingress: { controller: nginx, gatewayApi: true }\n"));
    expect(ingress(model, workload(model, "web"))).toBeDefined();
    expect(httpRoute(model, workload(model, "web"))).toBeUndefined();
  });
});

describe("HTTPRoute", () => {
  it("attaches to the host's HTTPS listener of the shared Gateway", () => {
    const model = clusterFrom(specWith([web], "  ingress: { controller: traefik, gatewayApi: true }\n"));
    expect(ingress(model, workload(model, "web"))).toBeUndefined();
    expect(httpRoute(model, workload(model, "web"))!.spec).toEqual({
      parentRefs: [
        { name: "platform", namespace: "gateway-system", sectionName: "https-www-contoso-example" },
      ],
      hostnames: ["www.contoso.example"],
      rules: [
        {
          matches: [{ path: { type: "PathPrefix", value: "/shop" } }],
          backendRefs: [{ name: "web", port: 80 }],
        },
      ],
    });
  });
});
