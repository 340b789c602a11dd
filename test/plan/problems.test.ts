import { describe, expect, it } from "vitest";
import { loadForPlan, loadForPlanText } from "../../src/plan/load.js";
import { plan } from "../../src/plan/plan.js";
import { SEED_004_SPEC } from "./specs.js";

const spec = (network: string, pools: string, extra = "") => `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: probs }
spec:
  preset: production
  location: westeurope
  ingress: { tls: { issuer: letsencrypt, email: ops@probs.example } }
  network:
${network}
  nodePools:
${pools}
  environments: { prod: {} }
${extra}`;

describe("capacity problems", () => {
  it("seed 004: classic CNI, maxPods 110, a /22 and max 20 — the subnet fills after 9 nodes", () => {
    const report = plan(loadForPlanText("seed.yaml", SEED_004_SPEC));
    const errors = report.environments[0]!.problems.filter((p) => p.severity === "error");
    expect(errors).toEqual([
      {
        severity: "error",
        code: "subnet-too-small",
        environment: "prod",
        message:
          "subnet snet-user-nodes 10.240.4.0/22 has 1019 usable addresses; classic Azure CNI: 1 + maxPods 110 = 111 addresses per node, so it holds 9 nodes, but its pools reach 27 nodes (apps 20 max + 7 surge) needing 2997 addresses",
        hint: "Use network.plugin azure-overlay (1 address per node), lower maxPods, or give a larger subnet.",
        setting: "network.subnets.userNodes",
        location: { file: "seed.yaml", line: 11, column: 27, path: "spec.network.subnets.userNodes" },
      },
    ]);
    expect(report.summary.errors).toBe(1);
  });

  it("warns when a subnet is over 80% used at max + surge", () => {
    const report = plan(loadForPlanText("seed.yaml", SEED_004_SPEC));
    const warnings = report.environments[0]!.problems.filter((p) => p.code === "subnet-nearly-full");
    expect(warnings.map((w) => w.message)).toEqual([
      "subnet snet-system-nodes 10.240.0.0/22 is 87.1% used at max scale + surge (888 of 1019 usable addresses, 131 left)",
    ]);
  });

  it("reports a pod CIDR too small for the node count under CNI Overlay", () => {
    const text = spec(
      "    podCidr: 10.244.0.0/20",
      [
        "    - { name: system, mode: System, vmSize: Standard_D4ds_v5, min: 3, max: 3 }",
        "    - { name: apps, mode: User, vmSize: Standard_D8ds_v5, min: 3, max: 12 }",
      ].join("\n"),
    );
    const problems = plan(loadForPlanText("pod.yaml", text)).environments[0]!.problems;
    expect(problems.map((p) => [p.code, p.message, p.setting])).toEqual([
      [
        "pod-cidr-too-small",
        "pod CIDR 10.244.0.0/20 gives each node a /24 and holds 16 nodes, but the pools reach 20 nodes at max + surge (15 + 5)",
        "network.podCidr",
      ],
    ]);
  });

  it("reports workloads whose max replicas exceed the User pools' pod slots", () => {
    const text = spec(
      "    plugin: azure-overlay",
      [
        "    - { name: system, mode: System, vmSize: Standard_D4ds_v5, min: 3, max: 3 }",
        "    - { name: apps, mode: User, vmSize: Standard_D4ds_v5, min: 1, max: 1, maxPods: 30 }",
      ].join("\n"),
      `  namespaces: [{ name: shop, team: shop }]
  workloads:
    - { name: web, namespace: shop, image: cr.example.io/web:1.0, port: 8080, replicas: { min: 2, max: 25 }, resources: { cpu: 250m, memory: 128Mi } }
`,
    );
    const problems = plan(loadForPlanText("pods.yaml", text)).environments[0]!.problems;
    expect(problems.map((p) => [p.severity, p.code, p.message])).toEqual([
      [
        "error",
        "pod-slots-exhausted",
        "workloads reach 25 replicas at max, but the User pools run 20 pods (apps 1 × (30 − 10))",
      ],
      [
        "warning",
        "cpu-requests-exceed-pools",
        "workloads request 6.25 CPU at max replicas, but the User pools have 4 vCPUs at max (3.6 allocatable at 90%)",
      ],
    ]);
  });

  it("finds nothing wrong in examples/production.yaml", async () => {
    const report = plan(await loadForPlan("examples/production.yaml"));
    expect(report.environments.flatMap((e) => e.problems)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0 });
  });
});
