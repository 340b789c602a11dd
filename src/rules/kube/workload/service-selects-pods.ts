import { kubeIndex, selectorOf } from "../index-cache.js";
import type { LabelSelector } from "../selectors.js";
import { getPath, namespaceOf } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "workload/service-selects-pods",
    title: "Services select some workload",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "A Service whose selector matches no pod has no endpoints: clients and Ingresses get connection refused or 503. Usually a label typo or a renamed workload. Judged when the input holds workloads of that namespace; Services without a selector (manual endpoints) and ExternalName Services are skipped.",
    remediation: {
      text: "Make spec.selector equal to (a subset of) the pod template labels of the workload it fronts.",
      yaml: "spec:\n  selector:\n    app.kubernetes.io/name: api-gateway",
    },
    sources: [S.k8sService, S.s001Workloads],
    equivalents: { kubeScore: ["service-targets-pod"], kubeLinter: ["dangling-service"] },
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const svc of index.ofKind("Service")) {
      if (getPath(svc.object, ["spec", "type"]) === "ExternalName") continue;
      const ns = namespaceOf(svc);
      const selected = index.selectedBy(svc);
      if (!selected || selected.length || !index.hasWorkloads(ns)) continue;
      const labels = Object.entries((selectorOf(svc) as LabelSelector).matchLabels)
        .map(([k, v]) => `${k}=${v}`)
        .join(",");
      out.push({
        subject: svc,
        message: `Service selector ${labels} matches no workload in namespace "${ns}"`,
        path: ["spec", "selector"],
      });
    }
    return out;
  },
);
