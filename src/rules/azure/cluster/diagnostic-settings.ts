import { defineRule } from "../../types.js";
import {
  DIAGNOSTIC_SETTING_TYPES,
  describesClusterOnly,
  diagnosticSettingsOf,
  diagnosticTarget,
  isUnknownTarget,
} from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

export const diagnosticSettings = defineRule({
  id: "cluster/diagnostic-settings",
  title: "Control plane resource logs are sent to Log Analytics",
  severity: "medium",
  pillar: "operations",
  level: "production",
  rationale:
    "AKS keeps the control plane's logs (API server, audit, guard, autoscaler, controller manager) only if a diagnostic setting sends them somewhere; without one, there is no audit trail of who changed what and no way to explain autoscaler decisions afterwards.",
  remediation: {
    text: "Add a Microsoft.Insights/diagnosticSettings resource scoped to the cluster that sends kube-audit-admin, guard, kube-apiserver, kube-controller-manager and cluster-autoscaler to Log Analytics.",
    spec: "spec.observability.logCategories: [kube-audit-admin, guard, kube-apiserver, kube-controller-manager, cluster-autoscaler]",
    arm: 'Microsoft.Insights/diagnosticSettings with scope = the cluster and properties.logs [{ category: "kube-audit-admin", enabled: true }, ...]',
    terraform:
      'azurerm_monitor_diagnostic_setting { target_resource_id = azurerm_kubernetes_cluster.<name>.id, enabled_log { category = "kube-audit-admin" } ... }',
  },
  sources: [SEED.monitoring, SEED.loggingCost, LEARN.resourceLogs, LEARN.monitorAks],
  equivalents: { psrule: ["Azure.AKS.AuditLogs", "Azure.AKS.PlatformLogs"] },
  target: { kind: "cluster" },
  check(cluster, ctx) {
    if (describesClusterOnly(cluster)) return;
    const settings = ctx.facts.azureResources.filter((r) =>
      DIAGNOSTIC_SETTING_TYPES.some((t) => t.toLowerCase() === r.type.toLowerCase()),
    );
    if (settings.some((s) => isUnknownTarget(diagnosticTarget(s)))) return;
    if (diagnosticSettingsOf(cluster, ctx.facts).length > 0) return;
    ctx.report({
      message:
        "No diagnostic setting among the inputs sends this cluster's control plane logs anywhere; add one with the audit and platform log categories.",
      path: ["properties"],
    });
  },
});
