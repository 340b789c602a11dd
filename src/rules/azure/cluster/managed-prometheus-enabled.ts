import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const managedPrometheusEnabled = clusterFieldRule({
  id: "cluster/managed-prometheus-enabled",
  title: "Managed Prometheus collects cluster metrics",
  severity: "low",
  pillar: "operations",
  level: "production",
  rationale:
    "Azure Monitor managed Prometheus scrapes node, kube-state and control plane metrics into an Azure Monitor workspace with the recommended alert rules and Grafana dashboards, without running and scaling Prometheus yourself.",
  remediation: {
    text: "Enable the Azure Monitor metrics profile and link an Azure Monitor workspace (and Managed Grafana).",
    spec: "spec.observability.managedPrometheus: true",
    arm: "properties.azureMonitorProfile.metrics.enabled: true",
    terraform: "azurerm_kubernetes_cluster.monitor_metrics {} (plus a data collection rule association)",
  },
  sources: [SEED.observability004, SEED.monitoring, LEARN.managedPrometheus],
  equivalents: {},
  path: ["properties", "azureMonitorProfile", "metrics", "enabled"],
  expect: (v) => asBool(v) === true,
  message: () => "Managed Prometheus is not enabled (azureMonitorProfile.metrics.enabled is not true).",
});
