import { describe, expect, it } from "vitest";
import { PriorityClass } from "kubernetes-models/scheduling.k8s.io/v1/PriorityClass";
import { priorityClasses } from "../../../src/gitops/configs/priority-classes.js";
import { clusterFrom, specWith } from "../helpers.js";

describe("PriorityClasses", () => {
  it("apps for regular pools; batch, which never preempts, only when a workload runs on spot", () => {
    const m = clusterFrom(
      specWith(
        [
          "{ name: web, namespace: shop, image: cr.example.io/web:1.0.0, port: 80 }",
          "{ name: job, namespace: shop, image: cr.example.io/job:1.0.0, port: 80, nodePool: spot }",
        ],
        `  nodePools:
    - { name: system, mode: System, vmSize: Standard_D4ds_v5, min: 3, max: 6 }
    - { name: spot, mode: User, vmSize: Standard_D4ds_v5, priority: Spot, min: 0, max: 5 }
`,
      ),
    );
    const pcs = priorityClasses(m);
    for (const pc of pcs) expect(() => new PriorityClass(pc).validate()).not.toThrow();
    expect(pcs.map((p) => [p.metadata!.name, p.value, p.preemptionPolicy, p.globalDefault])).toEqual([
      ["platform-apps", 100000, "PreemptLowerPriority", false],
      ["platform-batch", 1000, "Never", false],
    ]);
  });

  it("none without workloads", () => {
    expect(priorityClasses(clusterFrom("  preset: production\n  location: westeurope\n"))).toEqual([]);
  });
});
