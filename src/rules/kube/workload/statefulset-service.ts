import { kubeIndex, namespaceInventoried } from "../index-cache.js";
import { getPath, namespaceOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "workload/statefulset-service",
    title: "StatefulSets name an existing headless Service",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "A StatefulSet's pods get stable DNS names (pod-0.service) only through the headless Service its serviceName names. A missing or non-headless Service breaks peer discovery of clustered stores. The Service is looked up when the input holds the Namespace or Services of that namespace.",
    remediation: {
      text: "Set spec.serviceName to a Service with clusterIP: None that selects the StatefulSet's pods.",
      yaml: "apiVersion: v1\nkind: Service\nmetadata:\n  name: db-headless\nspec:\n  clusterIP: None\n  selector:\n    app.kubernetes.io/name: db",
    },
    sources: [S.s001Workloads, S.k8sStatefulSet],
    equivalents: { kubeScore: ["statefulset-has-servicename"] },
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const sts of index.ofKind("StatefulSet")) {
      const ns = namespaceOf(sts);
      const name = strAt(getPath(sts.object, ["spec", "serviceName"]));
      if (!name) {
        out.push({
          subject: sts,
          message: "StatefulSet has no spec.serviceName",
          path: ["spec", "serviceName"],
        });
        continue;
      }
      if (!namespaceInventoried(index, "Service", ns)) continue;
      const svc = index.get("Service", ns, name);
      if (!svc) {
        out.push({
          subject: sts,
          message: `StatefulSet serviceName "${name}" names no Service in namespace "${ns}"`,
          path: ["spec", "serviceName"],
        });
      } else if (getPath(svc.object, ["spec", "clusterIP"]) !== "None") {
        out.push({
          subject: sts,
          message: `StatefulSet serviceName "${name}" is not a headless Service (clusterIP: None)`,
          path: ["spec", "serviceName"],
        });
      }
    }
    return out;
  },
);
