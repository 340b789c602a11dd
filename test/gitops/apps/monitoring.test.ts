import { describe, expect, it } from "vitest";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";
import {
  errorBudget,
  podMonitor,
  sloPrometheusRule,
  workloadRuleGroups,
} from "../../../src/gitops/apps/monitoring.js";
import { clusterFrom, specWith, workload } from "../helpers.js";

const web =
  "{ name: web, namespace: shop, image: cr.example.io/web:1.0.0, port: 8080, metrics: { path: /metrics, port: 8080 }, slo: { availability: 99.9 } }";
const managed = clusterFrom(specWith([web]));
const selfHosted = clusterFrom(
  specWith(
    [web],
    "  observability: { selfHostedPrometheus: true, managedPrometheus: false, grafana: false }\n",
  ),
);

describe("PodMonitor", () => {
  it("managed Prometheus: azmonitoring.coreos.com, scraping the http port", () => {
    const pm = podMonitor(managed, workload(managed, "web"))!;
    expect(pm.apiVersion).toBe("azmonitoring.coreos.com/v1");
    expect(pm.spec).toEqual({
      selector: { matchLabels: { "app.kubernetes.io/name": "web" } },
      podMetricsEndpoints: [{ port: "http", path: "/metrics", interval: "30s" }],
    });
  });

  it("self-hosted: monitoring.coreos.com, valid for the operator's model", () => {
    const pm = podMonitor(selfHosted, workload(selfHosted, "web"))!;
    expect(pm.apiVersion).toBe("monitoring.coreos.com/v1");
    expect(() => new PodMonitor(pm as ConstructorParameters<typeof PodMonitor>[0]).validate()).not.toThrow();
  });
});

describe("SLO burn-rate alerts", () => {
  it("the error budget of 99.9% is 0.001", () => {
    expect(errorBudget(99.9)).toBe(0.001);
    expect(errorBudget(99.95)).toBe(0.0005);
  });

  it("pages on 14.4x over 1h and 5m, and on 6x over 6h and 30m; tickets on 3x and 1x", () => {
    const alerts = workloadRuleGroups(managed, workload(managed, "web"))[1]!.rules;
    expect(alerts.map((r) => [r.expr, r.for, r.labels?.severity])).toEqual([
      [
        'slo:sli_error:ratio_rate1h{slo="web", namespace="shop"} > (14.4 * 0.001) and slo:sli_error:ratio_rate5m{slo="web", namespace="shop"} > (14.4 * 0.001)',
        "2m",
        "critical",
      ],
      [
        'slo:sli_error:ratio_rate6h{slo="web", namespace="shop"} > (6 * 0.001) and slo:sli_error:ratio_rate30m{slo="web", namespace="shop"} > (6 * 0.001)',
        "15m",
        "critical",
      ],
      [
        'slo:sli_error:ratio_rate1d{slo="web", namespace="shop"} > (3 * 0.001) and slo:sli_error:ratio_rate2h{slo="web", namespace="shop"} > (3 * 0.001)',
        "1h",
        "warning",
      ],
      [
        'slo:sli_error:ratio_rate3d{slo="web", namespace="shop"} > (1 * 0.001) and slo:sli_error:ratio_rate6h{slo="web", namespace="shop"} > (1 * 0.001)',
        "3h",
        "warning",
      ],
      [
        'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{namespace="shop", job="shop/web"}[5m]))) > 0.5',
        "10m",
        "warning",
      ],
    ]);
  });

  it("records the 5xx ratio over every window the alerts use", () => {
    const rec = workloadRuleGroups(managed, workload(managed, "web"))[0]!.rules;
    expect(rec.map((r) => r.record)).toEqual([
      "slo:sli_error:ratio_rate5m",
      "slo:sli_error:ratio_rate30m",
      "slo:sli_error:ratio_rate1h",
      "slo:sli_error:ratio_rate2h",
      "slo:sli_error:ratio_rate6h",
      "slo:sli_error:ratio_rate1d",
      "slo:sli_error:ratio_rate3d",
    ]);
    expect(rec[0]!.expr).toBe(
      'sum(rate(http_requests_total{namespace="shop", job="shop/web", code=~"5.."}[5m])) / sum(rate(http_requests_total{namespace="shop", job="shop/web"}[5m]))',
    );
  });

  it("is a PrometheusRule, exempt from Flux substitution, only with the in-cluster operator", () => {
    expect(sloPrometheusRule(managed, workload(managed, "web"))).toBeUndefined();
    const rule = sloPrometheusRule(selfHosted, workload(selfHosted, "web"))!;
    expect(() => new PrometheusRule(rule).validate()).not.toThrow();
    expect(rule.metadata!.annotations).toEqual({ "kustomize.toolkit.fluxcd.io/substitute": "disabled" });
  });
});
