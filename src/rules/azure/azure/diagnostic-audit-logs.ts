import { defineRule } from "../../types.js";
import { DIAGNOSTIC_SETTING_TYPES, diagnosticTarget, enabledLogCategories, lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

export const diagnosticAuditLogs = defineRule({
  id: "azure/diagnostic-audit-logs",
  title: "Cluster diagnostic settings collect audit and guard logs",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "kube-audit-admin records every change made through the API server (who, what, when) and guard records Microsoft Entra and Azure RBAC authorization decisions; without them a compromise or an accidental deletion cannot be traced. kube-audit also includes reads, at much higher volume.",
  remediation: {
    text: "Enable the kube-audit-admin (or kube-audit) and guard categories in the cluster's diagnostic setting.",
    spec: "spec.observability.logCategories: [kube-audit-admin, guard, ...]",
    arm: 'Microsoft.Insights/diagnosticSettings properties.logs: [{ category: "kube-audit-admin", enabled: true }, { category: "guard", enabled: true }]',
    terraform:
      'azurerm_monitor_diagnostic_setting.enabled_log { category = "kube-audit-admin" } and enabled_log { category = "guard" }',
  },
  sources: [SEED.monitoring, LEARN.resourceLogs],
  equivalents: { psrule: ["Azure.AKS.AuditLogs"] },
  target: { kind: "azureResource", types: DIAGNOSTIC_SETTING_TYPES },
  check(setting, ctx) {
    const target = diagnosticTarget(setting);
    if (target === undefined || !("cluster" in target)) return;
    const categories = enabledLogCategories(setting);
    if (categories === "unknown" || categories.has("all")) return;
    const missing: string[] = [];
    if (!categories.has("kube-audit-admin") && !categories.has("kube-audit"))
      missing.push("kube-audit-admin");
    if (!categories.has("guard")) missing.push("guard");
    if (missing.length === 0) return;
    ctx.report({
      message: `Diagnostic setting "${setting.name}" for cluster "${target.cluster}" does not collect ${missing.join(" or ")}.`,
      path: lookup(setting.resource, ["properties", "logs"]).path,
    });
  },
});
