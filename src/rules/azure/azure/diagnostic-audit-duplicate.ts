import { defineRule } from "../../types.js";
import { DIAGNOSTIC_SETTING_TYPES, diagnosticTarget, enabledLogCategories, lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

export const diagnosticAuditDuplicate = defineRule({
  id: "azure/diagnostic-audit-duplicate",
  title: "Diagnostic settings do not collect both kube-audit and kube-audit-admin",
  severity: "low",
  pillar: "cost",
  level: "production",
  rationale:
    "kube-audit is a superset of kube-audit-admin (it adds read requests); enabling both ingests every write twice. Keep kube-audit-admin unless reads must be audited, then keep only kube-audit.",
  remediation: {
    text: "Disable one of the two categories: keep kube-audit-admin, or kube-audit alone where reads must be audited.",
    spec: "spec.observability.logCategories (list only one of kube-audit, kube-audit-admin)",
    arm: "Microsoft.Insights/diagnosticSettings properties.logs: remove the kube-audit or kube-audit-admin entry",
    terraform: "azurerm_monitor_diagnostic_setting: keep one enabled_log for kube-audit or kube-audit-admin",
  },
  sources: [SEED.monitoring, SEED.loggingCost, LEARN.resourceLogs],
  equivalents: { psrule: ["Azure.AKS.AuditAdmin"] },
  target: { kind: "azureResource", types: DIAGNOSTIC_SETTING_TYPES },
  check(setting, ctx) {
    const target = diagnosticTarget(setting);
    if (target === undefined || !("cluster" in target)) return;
    const categories = enabledLogCategories(setting, false);
    if (categories === "unknown") return;
    if (!categories.has("kube-audit") || !categories.has("kube-audit-admin")) return;
    ctx.report({
      message: `Diagnostic setting "${setting.name}" collects both kube-audit and kube-audit-admin; kube-audit already includes every kube-audit-admin event.`,
      path: lookup(setting.resource, ["properties", "logs"]).path,
    });
  },
});
