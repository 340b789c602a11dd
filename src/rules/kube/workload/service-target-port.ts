import { kubeIndex } from "../index-cache.js";
import { arrAt, containersOf, POD_CONTAINERS, getPath, isObj, podOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "workload/service-target-port",
    title: "Named Service targetPorts exist on the selected pods",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "A targetPort given by name resolves against the container ports of each selected pod. When no container declares that name the endpoint is left out and the Service has no backends.",
    remediation: {
      text: "Declare the port name in the containers' ports[] list, or use the port number as targetPort.",
      yaml: "# Service\nports:\n  - port: 80\n    targetPort: http\n# Deployment container\nports:\n  - name: http\n    containerPort: 3000",
    },
    sources: [S.s001Workloads, S.k8sService],
    equivalents: { kubeScore: ["service-targets-pod"] },
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const svc of index.ofKind("Service")) {
      const workloads = index.selectedBy(svc);
      if (!workloads?.length) continue;
      arrAt(getPath(svc.object, ["spec", "ports"])).forEach((p, i) => {
        const target = isObj(p) ? strAt(p.targetPort) : undefined;
        if (target === undefined || /^\d+$/.test(target)) return;
        for (const w of workloads) {
          const pod = podOf(w);
          if (!pod) continue;
          const declared = containersOf(pod, POD_CONTAINERS).some((c) =>
            arrAt(c.container.ports).some((cp) => isObj(cp) && cp.name === target),
          );
          if (!declared)
            out.push({
              subject: svc,
              message: `Service targetPort "${target}" is not a named port of ${w.kind} "${w.name}"`,
              path: ["spec", "ports", i, "targetPort"],
            });
        }
      });
    }
    return out;
  },
);
