import { asBool, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const containerInsightsEnabled = clusterFieldRule({
  id: "cluster/container-insights-enabled",
  title: "Container Insights collects logs and inventory",
  severity: "medium",
  pillar: "operations",
  level: "production",
  rationale:
    "Container Insights sends container logs (ContainerLogV2), pod and node inventory and Kubernetes events to Log Analytics; without it there is no history to troubleshoot crashes, evictions or node failures after the fact.",
  remediation: {
    text: "Enable the monitoring add-on (omsagent) with managed identity authentication and a Log Analytics workspace.",
    spec: "spec.observability.containerInsights: true",
    arm: 'properties.addonProfiles.omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: ..., useAADAuth: "true" } }',
    terraform:
      "azurerm_kubernetes_cluster.oms_agent { log_analytics_workspace_id = ..., msi_auth_for_monitoring_enabled = true }",
  },
  sources: [SEED.monitoring, SEED.monitoring000, LEARN.containerInsights],
  equivalents: { psrule: ["Azure.AKS.ContainerInsights"], checkov: ["CKV_AZURE_4"] },
  path: ["properties", "addonProfiles", "omsagent", "enabled"],
  expect: (v, cluster) => {
    const addon = asBool(v);
    if (addon === true) return true;
    const profile = asBool(
      get(cluster.resource, ["properties", "azureMonitorProfile", "containerInsights", "enabled"]),
    );
    if (profile === true) return true;
    return addon === "unknown" || profile === "unknown" ? "unknown" : false;
  },
  message: () =>
    "Container Insights is not enabled (neither addonProfiles.omsagent nor azureMonitorProfile.containerInsights).",
});
