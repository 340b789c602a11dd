/**
 * kube-prometheus-stack when monitoring is self-hosted (`observability.selfHostedPrometheus`; seed 002
 * "Observability": "kube-prometheus-stack via Flux. Record SLOs and alert on burn rates"). Chart 84.3.0
 * from prometheus-community.github.io/helm-charts. AKS runs the control plane, so the etcd, scheduler,
 * controller-manager and kube-proxy scrapes are off. The selectors pick up every PodMonitor and
 * PrometheusRule in the cluster, not only the chart's own.
 */
import type { ClusterModel } from "../../model/types.js";
import type { HelmComponent } from "./helm.js";

export const KUBE_PROMETHEUS_STACK_CHART = {
  repository: "prometheus-community",
  url: "https://prometheus-community.github.io/helm-charts",
  chart: "kube-prometheus-stack",
  version: "84.3.0",
} as const;

export const MONITORING_NAMESPACE = "monitoring";

export function kubePrometheusStack(model: ClusterModel): HelmComponent {
  return {
    name: "kube-prometheus-stack",
    namespace: MONITORING_NAMESPACE,
    // node-exporter mounts host paths and uses the host network.
    podSecurity: "privileged",
    podSecurityReason: "node-exporter reads host metrics through hostNetwork, hostPID and hostPath mounts.",
    chart: { ...KUBE_PROMETHEUS_STACK_CHART },
    purpose:
      "Prometheus, Alertmanager, kube-state-metrics and node-exporter in the cluster; evaluates the PrometheusRules.",
    values: {
      crds: { enabled: true },
      kubeEtcd: { enabled: false },
      kubeScheduler: { enabled: false },
      kubeControllerManager: { enabled: false },
      kubeProxy: { enabled: false },
      // Azure Managed Grafana replaces the in-cluster Grafana when the spec asks for it.
      grafana: { enabled: !model.settings.observability.grafana },
      prometheus: {
        prometheusSpec: {
          podMonitorSelectorNilUsesHelmValues: false,
          serviceMonitorSelectorNilUsesHelmValues: false,
          ruleSelectorNilUsesHelmValues: false,
          retention: "15d",
          externalLabels: { cluster: "${CLUSTER_NAME}", environment: "${ENVIRONMENT}" },
        },
      },
    },
  };
}
