import { describe, expect, it } from "vitest";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { egressPolicy, ingressPolicy, parseAllowFrom } from "../../../src/gitops/apps/network-policies.js";
import { clusterFrom, specWith, workload } from "../helpers.js";

const model = clusterFrom(
  specWith([
    "{ name: web, namespace: shop, image: cr.example.io/web:1.0.0, port: 8080, ingress: { host: www.contoso.example }, metrics: { path: /metrics, port: 9090 } }",
    "{ name: api, namespace: shop, image: cr.example.io/api:1.0.0, port: 3000, allowFrom: [web], identity: { roles: [{ role: Key Vault Secrets User, scope: keyVault }] } }",
    "{ name: lonely, namespace: shop, image: cr.example.io/lonely:1.0.0, port: 3000 }",
  ]),
);

describe("workload NetworkPolicies", () => {
  it("lets the ingress controller's namespace and the metrics scraper in", () => {
    const np = ingressPolicy(model, workload(model, "web"))!;
    expect(() => new NetworkPolicy(np).validate()).not.toThrow();
    expect(np.spec).toEqual({
      podSelector: { matchLabels: { "app.kubernetes.io/name": "web" } },
      policyTypes: ["Ingress"],
      ingress: [
        {
          from: [
            { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "app-routing-system" } } },
          ],
          ports: [{ protocol: "TCP", port: "http" }],
        },
        {
          from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } } }],
          ports: [{ protocol: "TCP", port: "metrics" }],
        },
      ],
    });
  });

  it("lets allowFrom callers in, and lets the callers out to it", () => {
    expect(ingressPolicy(model, workload(model, "api"))!.spec!.ingress).toEqual([
      {
        from: [
          {
            namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "shop" } },
            podSelector: { matchLabels: { "app.kubernetes.io/name": "web" } },
          },
        ],
        ports: [{ protocol: "TCP", port: "http" }],
      },
    ]);
    expect(egressPolicy(model, workload(model, "web"))!.spec!.egress).toEqual([
      {
        to: [
          {
            namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "shop" } },
            podSelector: { matchLabels: { "app.kubernetes.io/name": "api" } },
          },
        ],
        ports: [{ protocol: "TCP", port: 3000 }],
      },
    ]);
  });

  it("lets a Workload Identity user reach HTTPS outside the cluster's pod and service ranges", () => {
    expect(egressPolicy(model, workload(model, "api"))!.spec!.egress).toEqual([
      {
        to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["10.0.0.0/16", "10.244.0.0/16"] } }],
        ports: [{ protocol: "TCP", port: 443 }],
      },
    ]);
  });

  it("adds nothing for a workload nobody calls (the namespace default deny stands)", () => {
    expect(ingressPolicy(model, workload(model, "lonely"))).toBeUndefined();
    expect(egressPolicy(model, workload(model, "lonely"))).toBeUndefined();
  });

  it("Application Gateway Ingress Controller traffic comes from the gateway's subnet", () => {
    const agic = clusterFrom(
      specWith(
        [
          "{ name: web, namespace: shop, image: cr.example.io/web:1.0.0, port: 8080, ingress: { host: www.contoso.example } }",
        ],
        "  ingress: { controller: agic }\n",
      ),
    );
    const subnet = agic.network.spokeSubnets.find((s) => s.key === "applicationGateway")!.cidr;
    expect(ingressPolicy(agic, workload(agic, "web"))!.spec!.ingress![0]!.from).toEqual([
      { ipBlock: { cidr: subnet } },
    ]);
  });

  it("reads allowFrom entries with and without a namespace", () => {
    expect(parseAllowFrom("web", "shop")).toEqual({ namespace: "shop", name: "web" });
    expect(parseAllowFrom("batch/worker", "shop")).toEqual({ namespace: "batch", name: "worker" });
  });
});
