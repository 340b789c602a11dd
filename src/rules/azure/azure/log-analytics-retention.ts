import { asNumber } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule, show } from "../templates.js";

export const MIN_LOG_RETENTION_DAYS = 30;

export const logAnalyticsRetention = resourceFieldRule({
  id: "azure/log-analytics-retention",
  title: "Log Analytics keeps logs at least 30 days",
  severity: "low",
  pillar: "operations",
  level: "production",
  rationale:
    "Incidents are often investigated weeks later; audit and container logs kept for less than 30 days are gone by then. 30 days of interactive retention are included in the ingestion price for most tables.",
  remediation: {
    text: "Set the workspace retention to at least 30 days (longer, or archive tiers, where regulation asks).",
    spec: "spec.observability.logRetentionDays: 30",
    arm: "Microsoft.OperationalInsights/workspaces properties.retentionInDays: 30",
    terraform: "azurerm_log_analytics_workspace.retention_in_days = 30",
  },
  sources: [SEED.monitoring, SEED.loggingCost, LEARN.logRetention],
  equivalents: {},
  types: ["Microsoft.OperationalInsights/workspaces"],
  path: ["properties", "retentionInDays"],
  expect: (v) => {
    const n = asNumber(v);
    if (n === "unknown") return "unknown";
    return n === undefined || n >= MIN_LOG_RETENTION_DAYS;
  },
  message: (v, r) =>
    `Log Analytics workspace "${r.name}" keeps logs ${show(v)} days; keep them at least ${MIN_LOG_RETENTION_DAYS}.`,
});
