/**
 * monitoring.tf: Log Analytics, the cluster's diagnostic setting (the baseline's log categories), the
 * Container Insights data collection rule (ContainerLogV2), the Azure Monitor workspace with the
 * Prometheus data collection endpoint/rule, Managed Grafana linked to it, the action group, metric alerts
 * (node CPU/memory/disk pressure, nodes not ready, failed pods) and the recommended Prometheus alert rules
 * (restart loops, OOM kills, node conditions).
 */
import type { ClusterModel } from "../../model/types.js";
import { attr, attrs, block, dynamic, raw, type BodyItem } from "./hcl.js";
import { countFor, ref, type TfModule } from "./module.js";
import { CLUSTER, clusterName, placed, tags } from "./common.js";
import type { ClusterGates } from "./cluster.js";

const CONTAINER_INSIGHTS_STREAMS = [
  "Microsoft-ContainerInventory",
  "Microsoft-ContainerLogV2",
  "Microsoft-ContainerNodeInventory",
  "Microsoft-InsightsMetrics",
  "Microsoft-KubeEvents",
  "Microsoft-KubeMonAgentEvents",
  "Microsoft-KubeNodeInventory",
  "Microsoft-KubePVInventory",
  "Microsoft-KubePodInventory",
  "Microsoft-KubeServices",
  "Microsoft-Perf",
];

interface MetricAlert {
  /** Terraform label; the Azure name is `<label with dashes>-<cluster>`, as the ARM target names it. */
  label: string;
  description: string;
  metric: string;
  aggregation: string;
  operator: string;
  threshold: number;
  severity: number;
  dimensions?: { name: string; values: string[] }[];
}

/** AKS platform metrics (learn.microsoft.com/azure/aks/monitor-aks-reference) for the alerts the seeds recommend. */
export const METRIC_ALERTS: MetricAlert[] = [
  {
    label: "node_cpu_pressure",
    description: "Node CPU usage above 80% for 15 minutes.",
    metric: "node_cpu_usage_percentage",
    aggregation: "Average",
    operator: "GreaterThan",
    threshold: 80,
    severity: 2,
  },
  {
    label: "node_memory_pressure",
    description: "Node memory working set above 80% for 15 minutes.",
    metric: "node_memory_working_set_percentage",
    aggregation: "Average",
    operator: "GreaterThan",
    threshold: 80,
    severity: 2,
  },
  {
    label: "node_disk_pressure",
    description: "Node disk usage above 90% for 15 minutes.",
    metric: "node_disk_usage_percentage",
    aggregation: "Average",
    operator: "GreaterThan",
    threshold: 90,
    severity: 2,
  },
  {
    label: "node_not_ready",
    description: "A node reports NotReady.",
    metric: "kube_node_status_condition",
    aggregation: "Average",
    operator: "GreaterThan",
    threshold: 0,
    severity: 1,
    dimensions: [
      { name: "condition", values: ["Ready"] },
      { name: "status2", values: ["NotReady"] },
    ],
  },
  {
    label: "pods_failed",
    description: "Pods in the Failed phase.",
    metric: "kube_pod_status_phase",
    aggregation: "Average",
    operator: "GreaterThan",
    threshold: 0,
    severity: 2,
    dimensions: [{ name: "phase", values: ["Failed"] }],
  },
];

interface PromAlert {
  alert: string;
  expression: string;
  for: string;
  severity: number;
  summary: string;
}

/**
 * Prometheus alert rule groups after Azure Monitor's recommended alert rules and the community
 * kubernetes-mixin (the same groups and expressions as the ARM target, plus node pressure and quota overcommit).
 */
export const PROMETHEUS_RULE_GROUPS: Record<string, { description: string; rules: PromAlert[] }> = {
  pods: {
    description:
      "Pod-level recommended alerts: restart loops, OOM kills, pods not ready, containers at their limits.",
    rules: [
      {
        alert: "KubePodCrashLooping",
        expression: `max_over_time(kube_pod_container_status_waiting_reason{job="kube-state-metrics", reason="CrashLoopBackOff"}[5m]) >= 1`,
        for: "PT15M",
        severity: 3,
        summary: "A container is restarting in a loop (CrashLoopBackOff).",
      },
      {
        alert: "KubeContainerOOMKilled",
        expression: `(kube_pod_container_status_restarts_total - kube_pod_container_status_restarts_total offset 10m >= 1) and ignoring (reason) min_over_time(kube_pod_container_status_last_terminated_reason{reason="OOMKilled"}[10m]) == 1`,
        for: "PT5M",
        severity: 3,
        summary: "A container was OOM-killed: raise its memory limit or fix the leak.",
      },
      {
        alert: "KubePodNotReady",
        expression: `sum by (namespace, pod, cluster) (max by (namespace, pod, cluster) (kube_pod_status_phase{job="kube-state-metrics", phase=~"Pending|Unknown"}) * on (namespace, pod, cluster) group_left (owner_kind) topk by (namespace, pod, cluster) (1, max by (namespace, pod, owner_kind, cluster) (kube_pod_owner{owner_kind!="Job"}))) > 0`,
        for: "PT15M",
        severity: 3,
        summary: "A pod has not been ready for 15 minutes.",
      },
      {
        alert: "KubeContainerAverageCPUHigh",
        expression: `sum (rate(container_cpu_usage_seconds_total{image!="", container!="POD"}[5m])) by (pod, cluster, container, namespace) / sum (container_spec_cpu_quota{image!="", container!="POD"} / container_spec_cpu_period{image!="", container!="POD"}) by (pod, cluster, container, namespace) > .95`,
        for: "PT5M",
        severity: 4,
        summary: "A container uses more than 95% of its CPU limit.",
      },
      {
        alert: "KubeContainerAverageMemoryHigh",
        expression: `avg by (namespace, controller, container, cluster) (((container_memory_working_set_bytes{container!="", image!="", container!="POD"} / on (namespace, cluster, pod, container) group_left kube_pod_container_resource_limits{resource="memory", node!=""}) * on (namespace, pod, cluster) group_left (controller) label_replace(kube_pod_owner, "controller", "$1", "owner_name", "^(.*)$")) > .95)`,
        for: "PT10M",
        severity: 4,
        summary: "A container uses more than 95% of its memory limit.",
      },
      {
        alert: "KubeCPUQuotaOvercommit",
        expression: `sum(min without (resource) (kube_resourcequota{job="kube-state-metrics", type="hard", resource=~"(cpu|requests.cpu)"})) / sum(kube_node_status_allocatable{resource="cpu", job="kube-state-metrics"}) > 1.5`,
        for: "PT5M",
        severity: 3,
        summary: "Namespace CPU quotas overcommit the cluster's allocatable CPU.",
      },
      {
        alert: "KubeMemoryQuotaOvercommit",
        expression: `sum(min without (resource) (kube_resourcequota{job="kube-state-metrics", type="hard", resource=~"(memory|requests.memory)"})) / sum(kube_node_status_allocatable{resource="memory", job="kube-state-metrics"}) > 1.5`,
        for: "PT5M",
        severity: 3,
        summary: "Namespace memory quotas overcommit the cluster's allocatable memory.",
      },
    ],
  },
  nodes: {
    description: "Node-level recommended alerts: unreachable, not ready, flapping, under pressure.",
    rules: [
      {
        alert: "KubeNodeUnreachable",
        expression: `(kube_node_spec_taint{job="kube-state-metrics", key="node.kubernetes.io/unreachable", effect="NoSchedule"} unless ignoring (key, value) kube_node_spec_taint{job="kube-state-metrics", key=~"ToBeDeletedByClusterAutoscaler|cloud.google.com/impending-node-termination|aws-node-termination-handler/spot-itn"}) == 1`,
        for: "PT15M",
        severity: 3,
        summary: "A node is unreachable.",
      },
      {
        alert: "KubeNodeNotReady",
        expression: `kube_node_status_condition{job="kube-state-metrics", condition="Ready", status="true"} == 0`,
        for: "PT15M",
        severity: 3,
        summary: "A node has not been Ready for 15 minutes.",
      },
      {
        alert: "KubeNodeReadinessFlapping",
        expression: `sum(changes(kube_node_status_condition{status="true", condition="Ready"}[15m])) by (cluster, node) > 2`,
        for: "PT15M",
        severity: 3,
        summary: "A node's readiness is flapping.",
      },
      {
        alert: "KubeNodePressure",
        expression: `kube_node_status_condition{job="kube-state-metrics", condition=~"MemoryPressure|DiskPressure|PIDPressure", status="true"} == 1`,
        for: "PT10M",
        severity: 3,
        summary: "A node reports memory, disk or PID pressure.",
      },
    ],
  },
};

export function buildMonitoring(mod: TfModule, g: ClusterGates): BodyItem[] {
  const tg = tags(mod);
  const out: BodyItem[] = [
    block(
      "resource",
      ["azurerm_log_analytics_workspace", "this"],
      [
        attrs({
          ...placed(
            mod,
            mod.variable({
              name: "log_analytics_name",
              type: "string",
              description: "Log Analytics workspace.",
              value: (m) => m.names.logAnalytics,
            }),
          ),
          sku: "PerGB2018",
          retention_in_days: mod.variable({
            name: "log_retention_days",
            type: "number",
            description: "Log Analytics retention in days (30-730).",
            validation: [
              {
                condition: "var.log_retention_days >= 30 && var.log_retention_days <= 730",
                message: "log_retention_days must be 30-730.",
              },
            ],
            value: (m) => m.settings.observability.logRetentionDays,
          }),
          local_authentication_enabled: false,
          tags: tg,
        }),
      ],
    ),
    diagnosticSetting(mod),
  ];
  if (g.containerInsights.presence !== "none") {
    out.push(
      block(
        "resource",
        ["azurerm_monitor_data_collection_rule", "container_insights"],
        [
          countFor(g.containerInsights),
          attrs({
            ...placed(
              mod,
              mod.variable({
                name: "container_insights_dcr_name",
                type: "string",
                description: "Data collection rule of Container Insights.",
                value: (m) => m.names.dataCollectionRule,
              }),
            ),
            kind: "Linux",
            description: "Container Insights with ContainerLogV2.",
            tags: tg,
          }),
          block(
            "destinations",
            [],
            [
              block(
                "log_analytics",
                [],
                [
                  attrs({
                    name: "logs",
                    workspace_resource_id: raw("azurerm_log_analytics_workspace.this.id"),
                  }),
                ],
              ),
            ],
          ),
          block("data_flow", [], [attrs({ streams: CONTAINER_INSIGHTS_STREAMS, destinations: ["logs"] })]),
          block(
            "data_sources",
            [],
            [
              block(
                "extension",
                [],
                [
                  attrs({
                    name: "ContainerInsightsExtension",
                    extension_name: "ContainerInsights",
                    streams: CONTAINER_INSIGHTS_STREAMS,
                    extension_json: raw(`jsonencode({
    dataCollectionSettings = {
      interval               = "1m"
      namespaceFilteringMode = "Off"
      enableContainerLogV2   = true
    }
  })`),
                  }),
                ],
              ),
            ],
          ),
        ],
      ),
      block(
        "resource",
        ["azurerm_monitor_data_collection_rule_association", "container_insights"],
        [
          countFor(g.containerInsights),
          attrs({
            name: "ContainerInsightsExtension",
            target_resource_id: raw(`${CLUSTER}.id`),
            data_collection_rule_id: raw(
              ref(g.containerInsights, "azurerm_monitor_data_collection_rule.container_insights", "id"),
            ),
          }),
        ],
      ),
    );
  }
  const prom = g.managedPrometheus;
  if (prom.presence !== "none") {
    const amw = ref(prom, "azurerm_monitor_workspace.this", "id");
    out.push(
      block(
        "resource",
        ["azurerm_monitor_workspace", "this"],
        [
          countFor(prom),
          attrs({
            ...placed(
              mod,
              mod.variable({
                name: "monitor_workspace_name",
                type: "string",
                description: "Azure Monitor workspace (managed Prometheus).",
                value: (m) => m.names.monitorWorkspace,
              }),
            ),
            tags: tg,
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_monitor_data_collection_endpoint", "prometheus"],
        [
          countFor(prom),
          attrs({ ...placed(mod, raw(`"dce-\${var.cluster_name}-prom"`)), kind: "Linux", tags: tg }),
        ],
      ),
      block(
        "resource",
        ["azurerm_monitor_data_collection_rule", "prometheus"],
        [
          countFor(prom),
          attrs({
            ...placed(mod, raw(`"dcr-\${var.cluster_name}-prom"`)),
            kind: "Linux",
            data_collection_endpoint_id: raw(
              ref(prom, "azurerm_monitor_data_collection_endpoint.prometheus", "id"),
            ),
            description: "Managed Prometheus metrics to the Azure Monitor workspace.",
            tags: tg,
          }),
          block(
            "destinations",
            [],
            [block("monitor_account", [], [attrs({ name: "amw", monitor_account_id: raw(amw) })])],
          ),
          block(
            "data_flow",
            [],
            [attrs({ streams: ["Microsoft-PrometheusMetrics"], destinations: ["amw"] })],
          ),
          block(
            "data_sources",
            [],
            [
              block(
                "prometheus_forwarder",
                [],
                [attrs({ name: "PrometheusDataSource", streams: ["Microsoft-PrometheusMetrics"] })],
              ),
            ],
          ),
        ],
      ),
      block(
        "resource",
        ["azurerm_monitor_data_collection_rule_association", "prometheus"],
        [
          countFor(prom),
          attrs({
            name: raw(`"dcra-\${var.cluster_name}-prom"`),
            target_resource_id: raw(`${CLUSTER}.id`),
            data_collection_rule_id: raw(ref(prom, "azurerm_monitor_data_collection_rule.prometheus", "id")),
          }),
        ],
      ),
      block(
        "resource",
        ["azurerm_monitor_data_collection_rule_association", "prometheus_endpoint"],
        [
          countFor(prom),
          attrs({
            // AKS requires this exact name for the cluster's data collection endpoint association.
            name: "configurationAccessEndpoint",
            target_resource_id: raw(`${CLUSTER}.id`),
            data_collection_endpoint_id: raw(
              ref(prom, "azurerm_monitor_data_collection_endpoint.prometheus", "id"),
            ),
          }),
        ],
      ),
    );
    const grafana = mod.gate(
      "grafana_enabled",
      "Azure Managed Grafana linked to the Azure Monitor workspace.",
      (m) => m.settings.observability.managedPrometheus && m.settings.observability.grafana,
    );
    if (grafana.presence !== "none")
      out.push(
        block(
          "resource",
          ["azurerm_dashboard_grafana", "this"],
          [
            countFor(grafana),
            attrs({
              ...placed(
                mod,
                mod.variable({
                  name: "grafana_name",
                  type: "string",
                  description: "Azure Managed Grafana (globally unique).",
                  value: (m) => m.names.grafana,
                }),
              ),
              sku: "Standard",
              grafana_major_version: 11,
              api_key_enabled: false,
              public_network_access_enabled: true,
              tags: tg,
            }),
            block("identity", [], [attr("type", "SystemAssigned")]),
            block("azure_monitor_workspace_integrations", [], [attr("resource_id", raw(amw))]),
          ],
        ),
        block(
          "resource",
          ["azurerm_role_assignment", "grafana_monitoring_reader"],
          [
            countFor(grafana),
            attrs({
              scope: raw(amw),
              role_definition_name: "Monitoring Data Reader",
              principal_id: raw(ref(grafana, "azurerm_dashboard_grafana.this", "identity[0].principal_id")),
              principal_type: "ServicePrincipal",
            }),
          ],
        ),
        block(
          "resource",
          ["azurerm_role_assignment", "grafana_admins"],
          [
            attrs({
              for_each: raw(
                grafana.presence === "some"
                  ? `var.${grafana.variable} ? toset(var.admin_group_object_ids) : toset([])`
                  : "toset(var.admin_group_object_ids)",
              ),
              scope: raw(ref(grafana, "azurerm_dashboard_grafana.this", "id")),
              role_definition_name: "Grafana Admin",
              principal_id: raw("each.value"),
              principal_type: "Group",
            }),
          ],
        ),
      );
  }

  const ag = "azurerm_monitor_action_group.this.id";
  out.push(
    block(
      "resource",
      ["azurerm_monitor_action_group", "this"],
      [
        attrs({
          name: mod.variable({
            name: "action_group_name",
            type: "string",
            description: "Action group alerts notify.",
            value: (m) => m.names.actionGroup,
          }),
          resource_group_name: raw("azurerm_resource_group.this.name"),
          short_name: mod.variable({
            name: "action_group_short_name",
            type: "string",
            description: "Action group short name (at most 12 characters, shown in notifications).",
            validation: [
              {
                condition: "length(var.action_group_short_name) <= 12",
                message: "action_group_short_name must be at most 12 characters.",
              },
            ],
            value: (m) => `aks-${m.environment}`.slice(0, 12),
          }),
          tags: tg,
        }),
        dynamic(
          "email_receiver",
          mod.variable({
            name: "alert_emails",
            type: "list(string)",
            description: "Recipients of alert e-mails.",
            validation: [
              {
                condition: `alltrue([for e in var.alert_emails : can(regex("^[^@\\\\s]+@[^@\\\\s]+\\\\.[^@\\\\s]+$", e))])`,
                message: "alert_emails must be e-mail addresses.",
              },
            ],
            value: (m) => m.settings.observability.alertEmails,
          }).text,
          [
            attrs({
              name: raw(`"email-\${email_receiver.key}"`),
              email_address: raw("email_receiver.value"),
              use_common_alert_schema: true,
            }),
          ],
        ),
      ],
    ),
  );
  for (const a of METRIC_ALERTS)
    out.push(
      block(
        "resource",
        ["azurerm_monitor_metric_alert", a.label],
        [
          attrs({
            name: raw(`"${a.label.replace(/_/g, "-")}-\${var.cluster_name}"`),
            resource_group_name: raw("azurerm_resource_group.this.name"),
            scopes: [raw(`${CLUSTER}.id`)],
            description: a.description,
            severity: a.severity,
            frequency: "PT5M",
            window_size: "PT15M",
            tags: tg,
          }),
          block(
            "criteria",
            [],
            [
              attrs({
                metric_namespace: "Microsoft.ContainerService/managedClusters",
                metric_name: a.metric,
                aggregation: a.aggregation,
                operator: a.operator,
                threshold: a.threshold,
              }),
              ...(a.dimensions ?? []).map((d) =>
                block("dimension", [], [attrs({ name: d.name, operator: "Include", values: d.values })]),
              ),
            ],
          ),
          block("action", [], [attr("action_group_id", raw(ag))]),
        ],
      ),
    );
  if (prom.presence !== "none")
    for (const [group, def] of Object.entries(PROMETHEUS_RULE_GROUPS))
      out.push(
        block(
          "resource",
          ["azurerm_monitor_alert_prometheus_rule_group", group],
          [
            countFor(prom),
            attrs({
              ...placed(mod, raw(`"${group}-\${var.cluster_name}"`)),
              cluster_name: clusterName(mod),
              description: def.description,
              rule_group_enabled: true,
              interval: "PT1M",
              scopes: [raw(ref(prom, "azurerm_monitor_workspace.this", "id")), raw(`${CLUSTER}.id`)],
              tags: tg,
            }),
            ...def.rules.map((r) =>
              block(
                "rule",
                [],
                [
                  attrs({
                    alert: r.alert,
                    enabled: true,
                    expression: r.expression,
                    for: r.for,
                    severity: r.severity,
                    annotations: { summary: r.summary },
                  }),
                  block("action", [], [attr("action_group_id", raw(ag))]),
                  block("alert_resolution", [], [attrs({ auto_resolved: true, time_to_resolve: "PT10M" })]),
                ],
              ),
            ),
          ],
        ),
      );
  return out;
}

function diagnosticSetting(mod: TfModule): BodyItem {
  const categories = (m: ClusterModel) => [...m.settings.observability.logCategories].sort();
  const first = JSON.stringify(categories(mod.models[0]!));
  const uniform = mod.models.every((m) => JSON.stringify(categories(m)) === first);
  const logs: BodyItem[] = uniform
    ? categories(mod.models[0]!).map((c) => block("enabled_log", [], [attr("category", c)]))
    : [
        dynamic(
          "enabled_log",
          mod.variable({
            name: "log_categories",
            type: "list(string)",
            description: "Control plane log categories sent to Log Analytics.",
            value: categories,
          }).text,
          [attr("category", raw("enabled_log.value"))],
        ),
      ];
  return block(
    "resource",
    ["azurerm_monitor_diagnostic_setting", "cluster"],
    [
      attrs({
        // The name the ARM template uses (its 2016-09-01 schema allows only "service"), so both agree.
        name: "service",
        target_resource_id: raw(`${CLUSTER}.id`),
        log_analytics_workspace_id: raw("azurerm_log_analytics_workspace.this.id"),
        log_analytics_destination_type: "Dedicated",
      }),
      ...logs,
      block("enabled_metric", [], [attr("category", "AllMetrics")]),
    ],
  );
}
