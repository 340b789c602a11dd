import type { KubeObjectFact } from "../../../audit/facts.js";
import { kubeIndex } from "../index-cache.js";
import { arrAt, getPath, labelsOf, namespaceOf } from "../pod.js";
import { parseSelector, selectorMatches } from "../selectors.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

const GROUPS = ["monitoring.coreos.com/", "azmonitoring.coreos.com/"];

/** Namespaces a monitor looks in: its own, `namespaceSelector.matchNames`, or every namespace (`any: true`, undefined). */
function targetNamespaces(monitor: KubeObjectFact): string[] | undefined {
  if (getPath(monitor.object, ["spec", "namespaceSelector", "any"]) === true) return undefined;
  const names = arrAt(getPath(monitor.object, ["spec", "namespaceSelector", "matchNames"])).filter(
    (n): n is string => typeof n === "string",
  );
  return names.length ? names : [namespaceOf(monitor)];
}

export const rule = crossRule(
  {
    id: "workload/monitor-targets",
    title: "PodMonitors and ServiceMonitors select something to scrape",
    severity: "medium",
    pillar: "operations",
    level: "baseline",
    rationale:
      "Managed Prometheus (azmonitoring.coreos.com) and the Prometheus operator scrape only what a PodMonitor or ServiceMonitor selects. A selector matching no pods or Services means the workload's metrics, SLO recording rules and alerts silently have no data. Judged when the input holds workloads (PodMonitor) or Services (ServiceMonitor) of the target namespace.",
    remediation: {
      text: "Make spec.selector match the pod template labels (PodMonitor) or the Service labels (ServiceMonitor), and namespaceSelector name the namespace they run in.",
      yaml: "apiVersion: azmonitoring.coreos.com/v1\nkind: PodMonitor\nspec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: api-gateway\n  podMetricsEndpoints:\n    - port: metrics",
    },
    sources: [
      { title: "seed 004: 5. Observability: managed Prometheus + Grafana" },
      S.s002Checklist,
      {
        title: "Microsoft Learn: Customize collection using CRDs (Service and Pod Monitors)",
        url: "https://learn.microsoft.com/azure/azure-monitor/containers/prometheus-metrics-scrape-crd",
      },
    ],
    equivalents: { kubeLinter: ["dangling-servicemonitor"] },
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const kind of ["PodMonitor", "ServiceMonitor"] as const) {
      for (const m of index.ofKind(kind)) {
        if (!GROUPS.some((g) => m.apiVersion.startsWith(g))) continue;
        const selector = parseSelector(getPath(m.object, ["spec", "selector"]));
        if (!selector) continue;
        const namespaces = targetNamespaces(m);
        let judged = false;
        let found = false;
        if (kind === "PodMonitor") {
          const candidates = namespaces ?? [...new Set(index.workloads.map(namespaceOf))];
          for (const ns of candidates) {
            if (!index.hasWorkloads(ns)) continue;
            judged = true;
            if (index.workloadsSelectedBy(ns, selector).length) found = true;
          }
        } else {
          const services = namespaces
            ? namespaces.flatMap((ns) => index.inNamespace("Service", ns))
            : index.ofKind("Service");
          judged = services.length > 0;
          found = services.some((svc) => selectorMatches(selector, labelsOf(svc.object)));
        }
        if (judged && !found)
          out.push({
            subject: m,
            message: `${kind} selects no ${kind === "PodMonitor" ? "pods" : "Services"} in ${namespaces ? namespaces.map((n) => `"${n}"`).join(", ") : "any namespace"}`,
            path: ["spec", "selector"],
          });
      }
    }
    return out;
  },
);
