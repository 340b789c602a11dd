/**
 * What watches the cluster once it exists: the diagnostic setting with the control plane log categories
 * the baseline recommends (seed 003 "Monitor and collect logs"), the data collection rule associations,
 * platform metric alerts and the recommended Prometheus alert rule groups (seed 004 "Observability":
 * restart loops, node not ready, OOM kills, CPU and memory pressure).
 */
import type { ClusterModel } from "../../model/types.js";
import { type BuildContext, LOCATION } from "../context.js";
import { type Value, idOf } from "../expr.js";
import { API, type ArmResourceDef } from "../resources.js";

interface MetricAlert {
  symbol: string;
  name: string;
  description: string;
  metric: string;
  operator: "GreaterThan" | "LessThan";
  threshold: number;
  aggregation: "Average" | "Maximum" | "Minimum" | "Total" | "Count";
  dimensions?: { name: string; operator: "Include"; values: string[] }[];
  severity: number;
}

/** Platform metrics of Microsoft.ContainerService/managedClusters (learn.microsoft.com/azure/aks/monitor-aks-reference). */
const METRIC_ALERTS: MetricAlert[] = [
  {
    symbol: "alertNodeCpu",
    name: "node-cpu-pressure",
    description: "Node CPU usage above 80% for 15 minutes",
    metric: "node_cpu_usage_percentage",
    operator: "GreaterThan",
    threshold: 80,
    aggregation: "Average",
    severity: 2,
  },
  {
    symbol: "alertNodeMemory",
    name: "node-memory-pressure",
    description: "Node memory working set above 80% for 15 minutes",
    metric: "node_memory_working_set_percentage",
    operator: "GreaterThan",
    threshold: 80,
    aggregation: "Average",
    severity: 2,
  },
  {
    symbol: "alertNodeNotReady",
    name: "node-not-ready",
    description: "A node reports NotReady",
    metric: "kube_node_status_condition",
    operator: "GreaterThan",
    threshold: 0,
    aggregation: "Average",
    dimensions: [
      { name: "condition", operator: "Include", values: ["Ready"] },
      { name: "status2", operator: "Include", values: ["NotReady"] },
    ],
    severity: 1,
  },
  {
    symbol: "alertPodsFailed",
    name: "pods-failed",
    description: "Pods in the Failed phase",
    metric: "kube_pod_status_phase",
    operator: "GreaterThan",
    threshold: 0,
    aggregation: "Average",
    dimensions: [{ name: "phase", operator: "Include", values: ["Failed"] }],
    severity: 2,
  },
];

interface PromRule {
  alert: string;
  expression: string;
  for: string;
  severity: number;
  summary: string;
}

/** Prometheus alert rules after Azure Monitor's recommended rule groups and the community kubernetes-mixin. */
const PROM_RULES: Record<string, { description: string; rules: PromRule[] }> = {
  pods: {
    description: "Pod-level recommended alerts",
    rules: [
      {
        alert: "KubePodCrashLooping",
        expression:
          'max_over_time(kube_pod_container_status_waiting_reason{job="kube-state-metrics", reason="CrashLoopBackOff"}[5m]) >= 1',
        for: "PT15M",
        severity: 3,
        summary: "A container is restarting in a loop (CrashLoopBackOff)",
      },
      {
        alert: "KubeContainerOOMKilled",
        expression:
          '(kube_pod_container_status_restarts_total - kube_pod_container_status_restarts_total offset 10m >= 1) and ignoring (reason) min_over_time(kube_pod_container_status_last_terminated_reason{reason="OOMKilled"}[10m]) == 1',
        for: "PT5M",
        severity: 3,
        summary: "A container was OOM killed",
      },
      {
        alert: "KubePodNotReady",
        expression:
          'sum by (namespace, pod, cluster) (max by(namespace, pod, cluster) (kube_pod_status_phase{job="kube-state-metrics", phase=~"Pending|Unknown"}) * on(namespace, pod, cluster) group_left(owner_kind) topk by(namespace, pod, cluster) (1, max by(namespace, pod, owner_kind, cluster) (kube_pod_owner{owner_kind!="Job"}))) > 0',
        for: "PT15M",
        severity: 3,
        summary: "A pod has not been ready for 15 minutes",
      },
      {
        alert: "KubeContainerAverageCPUHigh",
        expression:
          'sum (rate(container_cpu_usage_seconds_total{image!="", container!="POD"}[5m])) by (pod,cluster,container,namespace) / sum(container_spec_cpu_quota{image!="", container!="POD"}/container_spec_cpu_period{image!="", container!="POD"}) by (pod,cluster,container,namespace) > .95',
        for: "PT5M",
        severity: 4,
        summary: "A container uses more than 95% of its CPU limit",
      },
      {
        alert: "KubeContainerAverageMemoryHigh",
        expression:
          'avg by (namespace, controller, container, cluster)(((container_memory_working_set_bytes{container!="", image!="", container!="POD"} / on(namespace,cluster,pod,container) group_left kube_pod_container_resource_limits{resource="memory", node!=""})*on(namespace, pod, cluster) group_left(controller) label_replace(kube_pod_owner, "controller", "$1", "owner_name", "^(.*)$")) > .95)',
        for: "PT10M",
        severity: 4,
        summary: "A container uses more than 95% of its memory limit",
      },
    ],
  },
  nodes: {
    description: "Node-level recommended alerts",
    rules: [
      {
        alert: "KubeNodeUnreachable",
        expression:
          '(kube_node_spec_taint{job="kube-state-metrics",key="node.kubernetes.io/unreachable",effect="NoSchedule"} unless ignoring(key,value) kube_node_spec_taint{job="kube-state-metrics",key=~"ToBeDeletedByClusterAutoscaler|cloud.google.com/impending-node-termination|aws-node-termination-handler/spot-itn"}) == 1',
        for: "PT15M",
        severity: 3,
        summary: "A node is unreachable",
      },
      {
        alert: "KubeNodeNotReady",
        expression:
          'kube_node_status_condition{job="kube-state-metrics",condition="Ready",status="true"} == 0',
        for: "PT15M",
        severity: 3,
        summary: "A node has not been Ready for 15 minutes",
      },
      {
        alert: "KubeNodeReadinessFlapping",
        expression:
          'sum(changes(kube_node_status_condition{status="true",condition="Ready"}[15m])) by (cluster, node) > 2',
        for: "PT15M",
        severity: 3,
        summary: "A node's readiness is flapping",
      },
    ],
  },
};

export function buildAlerts(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const o = c.settings.observability;
  const out: ArmResourceDef[] = [
    {
      symbol: "clusterDiagnostics",
      concern: "alerts",
      // The published schema spells the type this way (ARM types are case-insensitive).
      type: "microsoft.insights/diagnosticSettings",
      apiVersion: API.diagnosticSettings,
      // 2016-09-01's schema allows only the name "service".
      name: "service",
      scope: "cluster",
      properties: {
        workspaceId: idOf("logAnalytics"),
        // Platform metrics need no export: the metric alerts read them directly.
        logs: o.logCategories.map((category) => ({ category, enabled: true })),
      },
      description: `Sends the control plane logs (${o.logCategories.join(", ")}) to Log Analytics.`,
    },
  ];
  if (o.containerInsights)
    out.push({
      symbol: "containerInsightsAssociation",
      concern: "alerts",
      type: "Microsoft.Insights/dataCollectionRuleAssociations",
      apiVersion: API.dataCollection,
      name: "ContainerInsightsExtension",
      scope: "cluster",
      properties: {
        dataCollectionRuleId: idOf("containerInsightsRule"),
        description: "Container Insights data collection for the cluster",
      },
      description: "Associates the Container Insights data collection rule with the cluster.",
    });
  if (o.managedPrometheus)
    out.push(
      {
        symbol: "prometheusEndpointAssociation",
        concern: "alerts",
        type: "Microsoft.Insights/dataCollectionRuleAssociations",
        apiVersion: API.dataCollection,
        name: "configurationAccessEndpoint",
        scope: "cluster",
        properties: { dataCollectionEndpointId: idOf("prometheusEndpoint") },
        description: "Associates the Prometheus data collection endpoint with the cluster.",
      },
      {
        symbol: "prometheusRuleAssociation",
        concern: "alerts",
        type: "Microsoft.Insights/dataCollectionRuleAssociations",
        apiVersion: API.dataCollection,
        name: "prometheus",
        scope: "cluster",
        properties: {
          dataCollectionRuleId: idOf("prometheusRule"),
          description: "Managed Prometheus metrics collection for the cluster",
        },
        description: "Associates the Prometheus data collection rule with the cluster.",
      },
      ...Object.entries(PROM_RULES).map(([group, g]) => prometheusGroup(c, group, g)),
    );
  for (const a of METRIC_ALERTS) out.push(metricAlert(c, a));
  return out;
}

function metricAlert(c: ClusterModel, a: MetricAlert): ArmResourceDef {
  return {
    symbol: a.symbol,
    concern: "alerts",
    type: "Microsoft.Insights/metricAlerts",
    apiVersion: API.metricAlerts,
    name: `${a.name}-${c.names.cluster}`,
    location: "global",
    tags: c.tags,
    properties: {
      description: a.description,
      severity: a.severity,
      enabled: true,
      scopes: [idOf("cluster")],
      evaluationFrequency: "PT5M",
      windowSize: "PT15M",
      targetResourceType: "Microsoft.ContainerService/managedClusters",
      criteria: {
        "odata.type": "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
        allOf: [
          {
            criterionType: "StaticThresholdCriterion",
            name: a.name,
            metricNamespace: "Microsoft.ContainerService/managedClusters",
            metricName: a.metric,
            operator: a.operator,
            threshold: a.threshold,
            timeAggregation: a.aggregation,
            ...(a.dimensions ? { dimensions: a.dimensions } : {}),
          },
        ],
      },
      autoMitigate: true,
      actions: [{ actionGroupId: idOf("actionGroup") }],
    },
    description: `Metric alert: ${a.description.toLowerCase()}.`,
  };
}

function prometheusGroup(
  c: ClusterModel,
  group: string,
  g: { description: string; rules: PromRule[] },
): ArmResourceDef {
  const rules: Value[] = g.rules.map((r) => ({
    alert: r.alert,
    expression: r.expression,
    for: r.for,
    severity: r.severity,
    enabled: true,
    labels: { severity: "warning" },
    annotations: { summary: r.summary },
    resolveConfiguration: { autoResolved: true, timeToResolve: "PT10M" },
    actions: [{ actionGroupId: idOf("actionGroup") }],
  }));
  return {
    symbol: `prometheusRules${group[0]!.toUpperCase()}${group.slice(1)}`,
    concern: "alerts",
    type: "Microsoft.AlertsManagement/prometheusRuleGroups",
    apiVersion: API.prometheusRuleGroups,
    name: `${group}-${c.names.cluster}`,
    location: LOCATION,
    tags: c.tags,
    properties: {
      description: g.description,
      scopes: [idOf("monitorWorkspace"), idOf("cluster")],
      clusterName: c.names.cluster,
      enabled: true,
      interval: "PT1M",
      rules,
    },
    description: `Prometheus alert rule group: ${g.description.toLowerCase()}.`,
  };
}
