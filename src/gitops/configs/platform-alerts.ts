/**
 * The golden-signal alerts of seed 004 ("latency, traffic, errors, saturation") and seed 000's
 * "Alertas críticas" (restart loops, OOM kills, node health) for every application namespace, from
 * kube-state-metrics and cAdvisor series. Evaluated by the in-cluster Prometheus (self-hosted
 * monitoring); with Azure Monitor managed Prometheus, rules are Azure resources
 * (Microsoft.AlertsManagement/prometheusRuleGroups, learn.microsoft.com/azure/azure-monitor/essentials/prometheus-rule-groups):
 * `platformAlertGroups` gives the same groups for the infrastructure generators.
 */
import type { IPrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";
import type { ClusterModel } from "../../model/types.js";
import { MONITORING_NAMESPACE } from "../components/kube-prometheus-stack.js";
import { platformLabels } from "../labels.js";

export interface AlertRule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface RuleGroup {
  name: string;
  interval?: string;
  rules: AlertRule[];
}

export function platformAlertGroups(model: ClusterModel): RuleGroup[] {
  const namespaces = model.namespaces.map((n) => n.name).sort();
  if (namespaces.length === 0) return [];
  const ns = `namespace=~"${namespaces.join("|")}"`;
  return [
    {
      name: "akskit-golden-signals",
      rules: [
        {
          alert: "PodRestartLoop",
          expr: `increase(kube_pod_container_status_restarts_total{${ns}}[15m]) > 3`,
          for: "5m",
          labels: { severity: "warning" },
          annotations: {
            summary: "A container restarted more than 3 times in 15 minutes (crash loop).",
            runbook: "akskit diagnose with `kubectl get pods,events -o json`.",
          },
        },
        {
          alert: "ContainerOOMKilled",
          expr: `max by (namespace, pod, container) (kube_pod_container_status_last_terminated_reason{${ns}, reason="OOMKilled"}) == 1`,
          labels: { severity: "warning" },
          annotations: { summary: "A container was killed for exceeding its memory limit." },
        },
        {
          alert: "MemoryNearLimit",
          expr: `max by (namespace, pod, container) (container_memory_working_set_bytes{${ns}, container!=""} / on (namespace, pod, container) kube_pod_container_resource_limits{${ns}, resource="memory"}) > 0.9`,
          for: "15m",
          labels: { severity: "warning" },
          annotations: { summary: "A container uses more than 90% of its memory limit (saturation)." },
        },
        {
          alert: "CPUThrottlingHigh",
          expr: `sum by (namespace, pod, container) (increase(container_cpu_cfs_throttled_periods_total{${ns}, container!=""}[5m])) / sum by (namespace, pod, container) (increase(container_cpu_cfs_periods_total{${ns}, container!=""}[5m])) > 0.25`,
          for: "15m",
          labels: { severity: "info" },
          annotations: { summary: "More than 25% of CPU periods are throttled (saturation)." },
        },
        {
          alert: "DeploymentReplicasUnavailable",
          expr: `kube_deployment_status_replicas_unavailable{${ns}} > 0`,
          for: "15m",
          labels: { severity: "warning" },
          annotations: { summary: "A Deployment has had unavailable replicas for 15 minutes." },
        },
        {
          alert: "HPAMaxedOut",
          expr: `kube_horizontalpodautoscaler_status_current_replicas{${ns}} >= kube_horizontalpodautoscaler_spec_max_replicas{${ns}}`,
          for: "30m",
          labels: { severity: "warning" },
          annotations: {
            summary: "An autoscaler has run at its maximum for 30 minutes (traffic above capacity).",
          },
        },
        {
          alert: "PodsPending",
          expr: `sum by (namespace) (kube_pod_status_phase{${ns}, phase="Pending"}) > 0`,
          for: "15m",
          labels: { severity: "warning" },
          annotations: { summary: "Pods have been Pending for 15 minutes (capacity, quota or scheduling)." },
        },
        {
          alert: "NodeNotReady",
          expr: `kube_node_status_condition{condition="Ready", status="true"} == 0`,
          for: "10m",
          labels: { severity: "critical" },
          annotations: { summary: "A node has not been Ready for 10 minutes." },
        },
      ],
    },
  ];
}

/**
 * Flux's post-build substitution would rewrite `${...}`-looking text in rule expressions; this
 * annotation exempts an object (fluxcd.io/flux/components/kustomize/kustomizations/#post-build-variable-substitution).
 */
export const NO_SUBSTITUTION = { "kustomize.toolkit.fluxcd.io/substitute": "disabled" };

export function platformPrometheusRules(model: ClusterModel): IPrometheusRule[] {
  if (!model.settings.observability.selfHostedPrometheus) return [];
  const groups = platformAlertGroups(model);
  if (groups.length === 0) return [];
  return [
    {
      apiVersion: "monitoring.coreos.com/v1",
      kind: "PrometheusRule",
      metadata: {
        name: "golden-signals",
        namespace: MONITORING_NAMESPACE,
        labels: platformLabels(model),
        annotations: NO_SUBSTITUTION,
      },
      spec: { groups },
    },
  ];
}
