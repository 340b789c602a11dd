import { describe, expect, it } from "vitest";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { horizontalPodAutoscaler, podDisruptionBudget } from "../../../src/gitops/apps/autoscaling.js";
import { clusterFrom, specWith, workload } from "../helpers.js";

const model = clusterFrom(
  specWith([
    "{ name: web, namespace: shop, image: cr.example.io/web:1.0.0, port: 80, replicas: { min: 3, max: 9, cpuTarget: 60, memoryTarget: 75 } }",
    "{ name: single, namespace: shop, image: cr.example.io/single:1.0.0, port: 80, replicas: { min: 1, max: 1 } }",
    "{ name: fixed, namespace: shop, image: cr.example.io/fixed:1.0.0, port: 80, replicas: { min: 4, max: 4 }, pdb: { maxUnavailable: 25% } }",
  ]),
);

describe("HorizontalPodAutoscaler", () => {
  it("scales between min and max on CPU and memory utilization", () => {
    const hpa = horizontalPodAutoscaler(model, workload(model, "web"))!;
    expect(() => new HorizontalPodAutoscaler(hpa).validate()).not.toThrow();
    expect(hpa.apiVersion).toBe("autoscaling/v2");
    expect(hpa.spec).toEqual({
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
      minReplicas: 3,
      maxReplicas: 9,
      metrics: [
        {
          type: "Resource",
          resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 60 } },
        },
        {
          type: "Resource",
          resource: { name: "memory", target: { type: "Utilization", averageUtilization: 75 } },
        },
      ],
    });
  });

  it("is left out when min equals max", () => {
    expect(horizontalPodAutoscaler(model, workload(model, "fixed"))).toBeUndefined();
  });
});

describe("PodDisruptionBudget never blocks a drain", () => {
  it("allows one pod down and always evicts unhealthy pods", () => {
    const pdb = podDisruptionBudget(model, workload(model, "web"))!;
    expect(() => new PodDisruptionBudget(pdb).validate()).not.toThrow();
    expect(pdb.spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: { "app.kubernetes.io/name": "web" } },
      unhealthyPodEvictionPolicy: "AlwaysAllow",
    });
    expect(pdb.spec!.minAvailable).toBeUndefined();
  });

  it("keeps a percentage the spec gives", () => {
    expect(podDisruptionBudget(model, workload(model, "fixed"))!.spec!.maxUnavailable).toBe("25%");
  });

  it("is left out for a single replica", () => {
    expect(podDisruptionBudget(model, workload(model, "single"))).toBeUndefined();
  });
});
