import { describe, expect, it } from "vitest";
import {
  REMOVED_APIS,
  findRemoved,
  parseMinor,
  removedApisBetween,
  removedApisUpTo,
} from "../../src/kube/removed-apis.js";

describe("removed APIs table", () => {
  it("finds policy/v1beta1 PodDisruptionBudget removed in 1.25", () => {
    expect(findRemoved("policy/v1beta1", "PodDisruptionBudget", "1.25")).toMatchObject({
      removedIn: "1.25",
      replacement: "policy/v1",
    });
  });

  it("does not report an API before its removal release", () => {
    expect(findRemoved("policy/v1beta1", "PodDisruptionBudget", "1.24.9")).toBeUndefined();
  });

  it("reports networking.k8s.io/v1beta1 Ingress for any target from 1.22 on", () => {
    expect(findRemoved("networking.k8s.io/v1beta1", "Ingress", "v1.33.1")?.removedIn).toBe("1.22");
  });

  it("knows PodSecurityPolicy has no replacement", () => {
    expect(findRemoved("policy/v1beta1", "PodSecurityPolicy", "1.30")?.replacement).toBeUndefined();
  });

  it("never reports core v1 or custom resources", () => {
    expect(findRemoved("v1", "Pod", "1.33")).toBeUndefined();
    expect(findRemoved("kustomize.toolkit.fluxcd.io/v1beta2", "Kustomization", "1.33")).toBeUndefined();
  });

  it("reports flowcontrol v1beta3 removed in 1.32 and v1beta2 in 1.29", () => {
    expect(findRemoved("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.32")?.removedIn).toBe("1.32");
    expect(findRemoved("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.31")).toBeUndefined();
    expect(findRemoved("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", "1.29")?.removedIn).toBe("1.29");
  });

  it("lists the 1.26 removals between 1.25 and 1.26", () => {
    expect(removedApisBetween("1.25", "1.26").map((r) => `${r.apiVersion} ${r.kind}`)).toEqual([
      "autoscaling/v2beta2 HorizontalPodAutoscaler",
      "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema",
      "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration",
    ]);
  });

  it("lists nothing between 1.30 and 1.31", () => {
    expect(removedApisBetween("1.30", "1.31")).toEqual([]);
  });

  it("removedApisUpTo 1.16 holds only the 1.16 removals", () => {
    const up = removedApisUpTo("1.16");
    expect(up.length).toBe(12);
    expect(new Set(up.map((r) => r.removedIn))).toEqual(new Set(["1.16"]));
  });

  it("removedApisUpTo 1.32 holds the whole table", () => {
    expect(removedApisUpTo("1.32").length).toBe(REMOVED_APIS.length);
  });

  it("parses versions and rejects garbage", () => {
    expect(parseMinor("1.30.4")).toEqual({ major: 1, minor: 30 });
    expect(parseMinor("v1.29")).toEqual({ major: 1, minor: 29 });
    expect(parseMinor("latest")).toBeUndefined();
    expect(() => removedApisUpTo("latest")).toThrow(/not a Kubernetes version/);
  });
});
