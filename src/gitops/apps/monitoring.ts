/**
 * Metrics scraping and SLO alerts for a workload with `metrics`:
 * - a PodMonitor, `azmonitoring.coreos.com/v1` for Azure Monitor managed Prometheus (its ama-metrics
 *   agent reads only that group, learn.microsoft.com/azure/azure-monitor/containers/prometheus-metrics-scrape-crd)
 *   or `monitoring.coreos.com/v1` for the Prometheus operator;
 * - multi-window, multi-burn-rate alerts on the availability target (Google SRE Workbook, "Alerting on
 *   SLOs", table 5-8: 2% of the 30-day budget in 1h, 5% in 6h, 10% in 3d) and a p99 latency alert
 *   (seed 002 "Record SLOs and alert on burn rates"; seed 004's golden signals). The SLI counts 5xx
 *   responses of `http_requests_total` and latency from `http_request_duration_seconds`, the
 *   Prometheus client conventions. As a PrometheusRule for the operator; with managed Prometheus the
 *   same groups (`workloadRuleGroups`) are for Azure prometheusRuleGroups.
 */
import type { IPodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import type { IPrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import { NO_SUBSTITUTION, type RuleGroup } from "../configs/platform-alerts.js";
import type { AzMonitoringPodMonitor } from "../crds.js";
import { selectorLabels, workloadLabels } from "../labels.js";
import { metricsPortName, names } from "./names.js";

export function podMonitor(
  model: ClusterModel,
  w: ResolvedWorkload,
): AzMonitoringPodMonitor | IPodMonitor | undefined {
  if (!w.metrics) return undefined;
  const o = model.settings.observability;
  const endpoint = { port: metricsPortName(w), path: w.metrics.path, interval: "30s" };
  const metadata = { name: w.name, namespace: w.namespace, labels: workloadLabels(model, w) };
  if (o.selfHostedPrometheus)
    return {
      apiVersion: "monitoring.coreos.com/v1",
      kind: "PodMonitor",
      metadata,
      spec: { selector: { matchLabels: selectorLabels(w) }, podMetricsEndpoints: [endpoint] },
    };
  if (o.managedPrometheus)
    return {
      apiVersion: "azmonitoring.coreos.com/v1",
      kind: "PodMonitor",
      metadata,
      spec: { selector: { matchLabels: selectorLabels(w) }, podMetricsEndpoints: [endpoint] },
    };
  return undefined;
}

/** The error budget as a ratio: 99.9 → 0.001. */
export function errorBudget(availability: number): number {
  return Number((1 - availability / 100).toFixed(6));
}

const WINDOWS = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"] as const;

/** Burn-rate pairs: long window, short window, factor, `for`, severity. */
const BURN_RATES = [
  { long: "1h", short: "5m", factor: 14.4, for: "2m", severity: "critical" },
  { long: "6h", short: "30m", factor: 6, for: "15m", severity: "critical" },
  { long: "1d", short: "2h", factor: 3, for: "1h", severity: "warning" },
  { long: "3d", short: "6h", factor: 1, for: "3h", severity: "warning" },
] as const;

export function workloadRuleGroups(model: ClusterModel, w: ResolvedWorkload): RuleGroup[] {
  if (!w.metrics) return [];
  const sel = `namespace="${w.namespace}", job="${w.namespace}/${w.name}"`;
  const budget = errorBudget(w.slo.availability);
  const labels = { slo: w.name, namespace: w.namespace };
  const record = (win: string) => `slo:sli_error:ratio_rate${win}`;
  const recording = WINDOWS.map((win) => ({
    record: record(win),
    expr: `sum(rate(http_requests_total{${sel}, code=~"5.."}[${win}])) / sum(rate(http_requests_total{${sel}}[${win}]))`,
    labels,
  }));
  const ref = (win: string) => `${record(win)}{slo="${w.name}", namespace="${w.namespace}"}`;
  const alerts = BURN_RATES.map((b) => ({
    alert: `${pascal(w.name)}ErrorBudgetBurn`,
    expr: `${ref(b.long)} > (${b.factor} * ${budget}) and ${ref(b.short)} > (${b.factor} * ${budget})`,
    for: b.for,
    labels: { severity: b.severity, slo: w.name, window: b.long },
    annotations: {
      summary: `${w.name} is burning its ${w.slo.availability}% availability budget ${b.factor}x too fast (${b.long}/${b.short} windows).`,
    },
  }));
  const latencySeconds = model.settings.observability.slo.latencyP99Ms / 1000;
  const latency = {
    alert: `${pascal(w.name)}LatencyP99High`,
    expr: `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{${sel}}[5m]))) > ${latencySeconds}`,
    for: "10m",
    labels: { severity: "warning", slo: w.name },
    annotations: {
      summary: `${w.name} p99 latency is above ${model.settings.observability.slo.latencyP99Ms} ms.`,
    },
  };
  return [
    { name: `${w.name}-slo-recording`, rules: recording },
    { name: `${w.name}-slo-alerts`, rules: [...alerts, latency] },
  ];
}

function pascal(name: string): string {
  return name
    .split("-")
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("");
}

export function sloPrometheusRule(model: ClusterModel, w: ResolvedWorkload): IPrometheusRule | undefined {
  if (!model.settings.observability.selfHostedPrometheus) return undefined;
  const groups = workloadRuleGroups(model, w);
  if (groups.length === 0) return undefined;
  return {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: {
      name: names.sloRule(w),
      namespace: w.namespace,
      labels: workloadLabels(model, w),
      annotations: NO_SUBSTITUTION,
    },
    spec: { groups },
  };
}
