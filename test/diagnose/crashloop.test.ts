import { describe, expect, it } from "vitest";
import { explainExitCode } from "../../src/diagnose/crashloop.js";
import { field, run } from "./helpers.js";

describe("crashloop", () => {
  it("reports CrashLoopBackOff with the last termination reason and exit code", () => {
    const [d, ...rest] = run(["crashloop.json"]);
    expect(rest).toEqual([]);
    expect(d?.id).toBe("crashloop");
    expect(d?.object).toEqual({ kind: "Pod", namespace: "payments", name: "api-gateway-7d9f8c6b5-x2k4p" });
    expect(d?.summary).toBe(
      "Container api-gateway is in CrashLoopBackOff (restarted 7 times, last exit code 1)",
    );
    expect(field(d, "status.containerStatuses[0].lastState.terminated.reason")).toBe("Error");
    expect(field(d, "status.containerStatuses[0].lastState.terminated.exitCode")).toBe("1");
    expect(d?.cause).toContain("exit code 1: the application failed at start");
    expect(d?.confirm[0]).toBe(
      "kubectl logs api-gateway-7d9f8c6b5-x2k4p -n payments -c api-gateway --previous",
    );
    expect(d?.fix).toContain("After the fix: kubectl rollout restart deployment/api-gateway -n payments");
    expect(d?.source).toContain("seed 001");
  });

  it("reports OOMKilled with the memory limit against the last usage", () => {
    const [d] = run(["oom.json"]);
    expect(d?.id).toBe("oom-killed");
    expect(field(d, "spec.containers[0].resources.limits.memory")).toBe("512Mi");
    expect(field(d, "PodMetrics containers[worker].usage.memory")).toBe("498Mi");
    expect(d?.cause).toBe(
      "Container worker used more memory than its limit of 512Mi and the kernel killed it; its last measured usage is 498Mi (97% of the limit).",
    );
    expect(d?.fix[0]).toBe(
      "Raise the memory limit of worker (for example to 768Mi) in deployment/orders-worker, or find the leak that makes it grow.",
    );
    expect(d?.confirm[0]).toBe(
      "kubectl describe pod orders-worker-5c7b9d4f8-qm2lz -n orders | grep -A 5 Limits",
    );
    expect(d?.source).toContain("seed 000");
  });

  it("names what common exit codes mean", () => {
    expect(explainExitCode(127)).toContain("command was not found");
    expect(explainExitCode(137)).toContain("SIGKILL");
    expect(explainExitCode(143)).toContain("SIGTERM");
  });
});
