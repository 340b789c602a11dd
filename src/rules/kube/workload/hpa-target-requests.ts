import type { KeyPath } from "../../../audit/facts.js";
import { kubeIndex } from "../index-cache.js";
import { arrAt, containersOf, MAIN_CONTAINERS, getPath, isObj, namespaceOf, podOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "workload/hpa-target-requests",
    title: "Utilization-based HPAs target containers with matching requests",
    severity: "medium",
    pillar: "performance",
    level: "baseline",
    rationale:
      "Resource utilization is measured as a percentage of the request. If a container of the target has no request for the resource, the HPA cannot compute utilization and never scales.",
    remediation: {
      text: "Set resources.requests for the metric's resource (cpu or memory) on every container of the targeted workload.",
      spec: "spec.workloads[].resources",
      yaml: "resources:\n  requests:\n    cpu: 250m\n    memory: 512Mi",
    },
    sources: [S.s003Hpa, S.k8sHpa],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const hpa of index.ofKind("HorizontalPodAutoscaler")) {
      const kind = strAt(getPath(hpa.object, ["spec", "scaleTargetRef", "kind"]));
      const name = strAt(getPath(hpa.object, ["spec", "scaleTargetRef", "name"]));
      const target = kind && name ? index.get(kind, namespaceOf(hpa), name) : undefined;
      const pod = target ? podOf(target) : undefined;
      if (!target || !pod) continue;
      const utilization: { resource: string; path: KeyPath }[] = [];
      const metrics = arrAt(getPath(hpa.object, ["spec", "metrics"]));
      metrics.forEach((m, i) => {
        const resource =
          isObj(m) && m.type === "Resource" ? strAt(getPath(m, ["resource", "name"])) : undefined;
        if (resource && getPath(m, ["resource", "target", "type"]) === "Utilization")
          utilization.push({ resource, path: ["spec", "metrics", i, "resource"] });
      });
      if (getPath(hpa.object, ["spec", "targetCPUUtilizationPercentage"]) !== undefined)
        utilization.push({ resource: "cpu", path: ["spec", "targetCPUUtilizationPercentage"] });
      else if (!metrics.length && hpa.apiVersion !== "autoscaling/v1")
        // Without metrics the HPA defaults to 80% average CPU utilization.
        utilization.push({ resource: "cpu", path: ["spec", "metrics"] });
      for (const { resource, path } of utilization) {
        for (const c of containersOf(pod, MAIN_CONTAINERS)) {
          if (getPath(c.container, ["resources", "requests", resource]) !== undefined) continue;
          if (getPath(c.container, ["resources", "limits", resource]) !== undefined) continue;
          out.push({
            subject: hpa,
            message: `HPA scales on ${resource} utilization but container "${c.name}" of ${kind} "${name}" has no ${resource} request`,
            path,
          });
        }
      }
    }
    return out;
  },
);
