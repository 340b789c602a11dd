import { describe, expect, it } from "vitest";
import { diagnose } from "../../src/diagnose/index.js";
import { field, run } from "./helpers.js";

describe("probes", () => {
  const ds = run(["probes.json"]);

  it("finds one failing probe per pod", () => {
    expect(ds.map((d) => `${d.id} ${d.object.name}`)).toEqual([
      "probe-readiness checkout-8b7a6c5d4-r5t6y",
      "probe-liveness ledger-7a6b5c4d3-u7i8o",
      "probe-startup indexer-0",
    ]);
  });

  it("readiness 503: the app reports itself unhealthy and leaves the endpoints", () => {
    const d = ds[0];
    expect(d?.summary).toBe("Readiness probe of container checkout fails (212 times)");
    expect(field(d, "spec.containers[0].readinessProbe")).toBe(
      "HTTP GET /health on port 3000, initialDelaySeconds 10, periodSeconds 5, timeoutSeconds 3, failureThreshold 2",
    );
    expect(d?.cause).toContain("removed from its Services' endpoints");
    expect(d?.confirm[2]).toBe(
      "kubectl exec checkout-8b7a6c5d4-r5t6y -n payments -c checkout -- curl -sS -o /dev/null -w '%{http_code}' localhost:3000/health",
    );
  });

  it("liveness connection refused on a port the container does not declare", () => {
    const d = ds[1];
    expect(d?.cause).toBe(
      "Nothing listens on port 8080: the container declares port(s) 3000, so the probe checks the wrong port. Each failed liveness probe run past failureThreshold makes the kubelet kill and restart the container.",
    );
    expect(field(d, "event Normal Killing (x5) from kubelet")).toBe(
      "Container ledger failed liveness probe, will be restarted",
    );
    expect(d?.fix[0]).toBe(
      "Point the liveness probe at the port and path the application serves (containerPort 3000).",
    );
  });

  it("startup probe timing out", () => {
    const d = ds[2];
    expect(d?.cause).toContain("slower than timeoutSeconds (1s)");
    expect(d?.fix).toContain(
      "Raise timeoutSeconds, and check CPU throttling against the container's CPU limit (kubectl top pod).",
    );
  });

  it("ignores past readiness failures of a container that is ready now", () => {
    const pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "web-1", namespace: "shop", uid: "u1" },
      spec: { containers: [{ name: "web", readinessProbe: { httpGet: { path: "/ready", port: 8080 } } }] },
      status: {
        phase: "Running",
        containerStatuses: [{ name: "web", ready: true, restartCount: 0, state: { running: {} } }],
      },
    };
    const event = {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: "web-1.1", namespace: "shop" },
      involvedObject: { kind: "Pod", namespace: "shop", name: "web-1", fieldPath: "spec.containers{web}" },
      reason: "Unhealthy",
      type: "Warning",
      count: 3,
      message:
        'Readiness probe failed: Get "http://10.244.2.7:8080/ready": dial tcp 10.244.2.7:8080: connect: connection refused',
    };
    expect(diagnose([pod, event]).diagnoses).toEqual([]);
  });
});
