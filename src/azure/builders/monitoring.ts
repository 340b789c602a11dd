/**
 * Monitoring resources the cluster points at (seed 000 "Monitoring y logging", seed 004
 * "Observability", seed 003 "Monitor and collect logs"): Log Analytics workspace, the Container
 * Insights data collection rule (ContainerLogV2), Azure Monitor workspace with its Prometheus data
 * collection endpoint and rule, Managed Grafana linked to it, and the action group alerts notify.
 */
import { type BuildContext, LOCATION } from "../context.js";
import { idOf, listOf, refRootOf } from "../expr.js";

/**
 * Container Insights streams (learn.microsoft.com/azure/azure-monitor/containers/container-insights-data-collection-configure).
 * The published DCR schema enumerates only the Azure Monitor agent's VM streams, so these are written
 * as an expression in ARM.
 */
const CI_STREAMS = ["Microsoft-ContainerLogV2", "Microsoft-KubeEvents", "Microsoft-KubePodInventory"];
const PROMETHEUS_STREAMS = ["Microsoft-PrometheusMetrics"];
import { API, type ArmResourceDef } from "../resources.js";
import { roleAssignment } from "./common.js";

export function buildMonitoring(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const o = c.settings.observability;
  const n = c.names;
  const out: ArmResourceDef[] = [
    {
      symbol: "logAnalytics",
      concern: "monitoring",
      type: "Microsoft.OperationalInsights/workspaces",
      apiVersion: API.logAnalytics,
      name: n.logAnalytics,
      location: LOCATION,
      tags: c.tags,
      properties: { sku: { name: "PerGB2018" }, retentionInDays: o.logRetentionDays },
      description: `Log Analytics workspace for control plane logs and Container Insights (${o.logRetentionDays} days).`,
    },
    {
      symbol: "actionGroup",
      concern: "monitoring",
      type: "Microsoft.Insights/actionGroups",
      apiVersion: API.actionGroups,
      name: n.actionGroup,
      location: "global",
      tags: c.tags,
      properties: {
        groupShortName: `aks-${c.environment}`.slice(0, 12),
        enabled: true,
        emailReceivers: o.alertEmails.map((email, i) => ({
          name: `email-${i + 1}`,
          emailAddress: email,
          useCommonAlertSchema: true,
        })),
      },
      description: "Action group every alert notifies (the observability.alertEmails recipients).",
    },
  ];
  if (o.containerInsights)
    out.push({
      symbol: "containerInsightsRule",
      concern: "monitoring",
      type: "Microsoft.Insights/dataCollectionRules",
      apiVersion: API.dataCollection,
      name: n.dataCollectionRule,
      location: LOCATION,
      tags: c.tags,
      kind: "Linux",
      properties: {
        dataSources: {
          extensions: [
            {
              name: "ContainerInsightsExtension",
              extensionName: "ContainerInsights",
              streams: listOf(...CI_STREAMS),
              extensionSettings: {
                dataCollectionSettings: {
                  interval: "1m",
                  namespaceFilteringMode: "Off",
                  enableContainerLogV2: true,
                },
              },
            },
          ],
        },
        destinations: {
          logAnalytics: [{ name: "workspace", workspaceResourceId: idOf("logAnalytics") }],
        },
        dataFlows: [
          {
            streams: listOf(...CI_STREAMS),
            destinations: ["workspace"],
          },
        ],
      },
      description:
        "Container Insights data collection rule: ContainerLogV2, Kubernetes events and pod inventory.",
    });
  if (o.managedPrometheus) {
    out.push(
      {
        symbol: "monitorWorkspace",
        concern: "monitoring",
        type: "Microsoft.Monitor/accounts",
        apiVersion: API.monitorAccounts,
        name: n.monitorWorkspace,
        location: LOCATION,
        tags: c.tags,
        properties: {},
        description: "Azure Monitor workspace storing managed Prometheus metrics.",
      },
      {
        symbol: "prometheusEndpoint",
        concern: "monitoring",
        type: "Microsoft.Insights/dataCollectionEndpoints",
        apiVersion: API.dataCollection,
        name: `dce-${c.platform.name}-${c.environment}-prom`,
        location: LOCATION,
        tags: c.tags,
        kind: "Linux",
        properties: {},
        description: "Data collection endpoint the cluster's metrics add-on sends Prometheus metrics to.",
      },
      {
        symbol: "prometheusRule",
        concern: "monitoring",
        type: "Microsoft.Insights/dataCollectionRules",
        apiVersion: API.dataCollection,
        name: `dcr-${c.platform.name}-${c.environment}-prom`,
        location: LOCATION,
        tags: c.tags,
        kind: "Linux",
        properties: {
          dataCollectionEndpointId: idOf("prometheusEndpoint"),
          dataSources: {
            prometheusForwarder: [
              {
                name: "PrometheusDataSource",
                streams: listOf(...PROMETHEUS_STREAMS),
                labelIncludeFilter: {},
              },
            ],
          },
          destinations: {
            monitoringAccounts: [{ name: "monitorWorkspace", accountResourceId: idOf("monitorWorkspace") }],
          },
          dataFlows: [{ streams: listOf(...PROMETHEUS_STREAMS), destinations: ["monitorWorkspace"] }],
        },
        description:
          "Data collection rule sending the cluster's Prometheus metrics to the Azure Monitor workspace.",
      },
    );
    if (o.grafana)
      out.push(
        {
          symbol: "grafana",
          concern: "monitoring",
          type: "Microsoft.Dashboard/grafana",
          apiVersion: API.grafana,
          name: n.grafana,
          location: LOCATION,
          tags: c.tags,
          sku: { name: "Standard" },
          identity: { type: "SystemAssigned" },
          properties: {
            publicNetworkAccess: "Enabled",
            zoneRedundancy: c.preset === "dev" ? "Disabled" : "Enabled",
            grafanaIntegrations: {
              azureMonitorWorkspaceIntegrations: [
                { azureMonitorWorkspaceResourceId: idOf("monitorWorkspace") },
              ],
            },
          },
          description:
            "Azure Managed Grafana with the Azure Monitor workspace as its Prometheus data source.",
        },
        roleAssignment({
          symbol: "grafanaMonitoringDataReader",
          concern: "monitoring",
          scope: "monitorWorkspace",
          identity: "grafana",
          principalId: refRootOf("grafana", "identity.principalId"),
          role: "Monitoring Data Reader",
          description: "Lets Grafana query the Azure Monitor workspace.",
        }),
      );
  }
  return out;
}
