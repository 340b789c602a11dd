import { describe, expect, it } from "vitest";
import { LimitRange } from "kubernetes-models/v1/LimitRange";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { ResourceQuota } from "kubernetes-models/v1/ResourceQuota";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { ILimitRange } from "kubernetes-models/v1/LimitRange";
import type { INamespace } from "kubernetes-models/v1/Namespace";
import type { IResourceQuota } from "kubernetes-models/v1/ResourceQuota";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { namespaceObjects, quotaHard } from "../../../src/gitops/configs/namespaces.js";
import { clusterFrom } from "../helpers.js";

const model = clusterFrom(`  preset: production
  location: westeurope
  namespaces:
    - { name: shop, team: web, quota: { cpu: "4", memory: 8Gi, pods: 50 }, labels: { owner: web-team } }
    - { name: batch, team: data, podSecurity: baseline }
  workloads:
    - { name: worker, namespace: batch, image: cr.example.io/worker:1.0.0, port: 80, replicas: { min: 2, max: 4 }, resources: { cpu: 500m, memory: 1Gi } }
`);
const [shopNs, quota, limits, deny, dns] = namespaceObjects(model, model.namespaces[0]!) as [
  INamespace,
  IResourceQuota,
  ILimitRange,
  INetworkPolicy,
  INetworkPolicy,
];

describe("application namespace", () => {
  it("every object validates against the Kubernetes models", () => {
    expect(() => new Namespace(shopNs).validate()).not.toThrow();
    expect(() => new ResourceQuota(quota).validate()).not.toThrow();
    expect(() => new LimitRange(limits).validate()).not.toThrow();
    expect(() => new NetworkPolicy(deny).validate()).not.toThrow();
    expect(() => new NetworkPolicy(dns).validate()).not.toThrow();
  });

  it("labels: team, extra labels and Pod Security Admission enforce/audit/warn", () => {
    expect(shopNs.metadata!.labels).toEqual({
      "app.kubernetes.io/managed-by": "akskit",
      "app.kubernetes.io/part-of": "contoso",
      owner: "web-team",
      team: "web",
      "pod-security.kubernetes.io/enforce": "restricted",
      "pod-security.kubernetes.io/enforce-version": "latest",
      "pod-security.kubernetes.io/audit": "restricted",
      "pod-security.kubernetes.io/audit-version": "latest",
      "pod-security.kubernetes.io/warn": "restricted",
      "pod-security.kubernetes.io/warn-version": "latest",
    });
    const batch = namespaceObjects(model, model.namespaces[1]!)[0] as INamespace;
    expect(batch.metadata!.labels!["pod-security.kubernetes.io/enforce"]).toBe("baseline");
    expect(batch.metadata!.labels!["pod-security.kubernetes.io/warn"]).toBe("restricted");
  });

  it("denies all ingress and egress by default", () => {
    expect(deny.metadata!.name).toBe("default-deny");
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
  });

  it("allows DNS to kube-dns, selecting kube-system by its automatic name label", () => {
    expect(dns.spec).toEqual({
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
              podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
            },
          ],
          ports: [
            { protocol: "UDP", port: 53 },
            { protocol: "TCP", port: 53 },
          ],
        },
      ],
    });
  });

  it("quota from the spec, limits twice the requests", () => {
    expect(quota.spec!.hard).toEqual({
      "requests.cpu": "4",
      "requests.memory": "8Gi",
      "limits.cpu": "8",
      "limits.memory": "16Gi",
      pods: "50",
    });
  });

  it("quota derived from the workloads at maximum scale plus surge when the spec gives none", () => {
    // worker: max 4 + 1 surge = 5 pods × 500m / 1Gi.
    expect(quotaHard(model, model.namespaces[1]!)).toEqual({
      "requests.cpu": "2500m",
      "requests.memory": "5Gi",
      "limits.memory": "5Gi",
      pods: "15",
    });
  });

  it("LimitRange gives containers default requests and limits", () => {
    expect(limits.spec!.limits).toEqual([
      {
        type: "Container",
        default: { cpu: "500m", memory: "512Mi" },
        defaultRequest: { cpu: "100m", memory: "128Mi" },
      },
    ]);
  });
});
