import { kubeIndex } from "../index-cache.js";
import { getPath, namespaceOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "workload/hpa-target",
    title: "HorizontalPodAutoscalers target an existing workload",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "An HPA whose scaleTargetRef names nothing (a typo, a renamed Deployment) scales nothing; the workload silently runs at its fixed replica count under load.",
    remediation: {
      text: "Point spec.scaleTargetRef at the Deployment or StatefulSet in the same namespace, with its exact kind and name.",
      yaml: "spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: api-gateway",
    },
    sources: [S.s003Hpa, S.k8sHpa],
    equivalents: {
      kubeScore: ["horizontalpodautoscaler-has-target"],
      kubeLinter: ["dangling-horizontalpodautoscaler"],
    },
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const hpa of index.ofKind("HorizontalPodAutoscaler")) {
      const kind = strAt(getPath(hpa.object, ["spec", "scaleTargetRef", "kind"]));
      const name = strAt(getPath(hpa.object, ["spec", "scaleTargetRef", "name"]));
      if (!kind || !name) {
        out.push({
          subject: hpa,
          message: "HPA has no scaleTargetRef kind and name",
          path: ["spec", "scaleTargetRef"],
        });
      } else if (!index.get(kind, namespaceOf(hpa), name)) {
        out.push({
          subject: hpa,
          message: `HPA targets ${kind} "${name}", which is not in namespace "${namespaceOf(hpa)}"`,
          path: ["spec", "scaleTargetRef", "name"],
        });
      }
    }
    return out;
  },
);
