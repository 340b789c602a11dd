import { defineRule } from "../../types.js";
import { DIAGNOSTIC_SETTING_TYPES, diagnosticTarget, enabledLogCategories, lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

/** Categories seed 003 and PSRule recommend for troubleshooting the control plane (kube-scheduler is optional). */
export const PLATFORM_LOG_CATEGORIES: readonly string[] = [
  "cluster-autoscaler",
  "kube-apiserver",
  "kube-controller-manager",
];

export const diagnosticPlatformLogs = defineRule({
  id: "azure/diagnostic-platform-logs",
  title: "Cluster diagnostic settings collect platform logs",
  severity: "low",
  pillar: "operations",
  level: "production",
  rationale:
    "cluster-autoscaler explains why nodes were (not) added or removed, kube-controller-manager shows failures between Kubernetes and Azure (permissions, load balancers, disks) and kube-apiserver shows request errors; all are cheap compared with audit logs.",
  remediation: {
    text: "Enable the cluster-autoscaler, kube-apiserver and kube-controller-manager categories (kube-scheduler while tuning scheduling).",
    spec: "spec.observability.logCategories: [kube-apiserver, kube-controller-manager, cluster-autoscaler, ...]",
    arm: 'Microsoft.Insights/diagnosticSettings properties.logs: [{ category: "cluster-autoscaler", enabled: true }, ...]',
    terraform: 'azurerm_monitor_diagnostic_setting.enabled_log { category = "cluster-autoscaler" } ...',
  },
  sources: [SEED.monitoring, SEED.loggingCost, LEARN.resourceLogs],
  equivalents: { psrule: ["Azure.AKS.PlatformLogs"] },
  target: { kind: "azureResource", types: DIAGNOSTIC_SETTING_TYPES },
  check(setting, ctx) {
    const target = diagnosticTarget(setting);
    if (target === undefined || !("cluster" in target)) return;
    const categories = enabledLogCategories(setting);
    if (categories === "unknown" || categories.has("all")) return;
    const missing = PLATFORM_LOG_CATEGORIES.filter((c) => !categories.has(c));
    if (missing.length === 0) return;
    ctx.report({
      message: `Diagnostic setting "${setting.name}" for cluster "${target.cluster}" does not collect ${missing.join(", ")}.`,
      path: lookup(setting.resource, ["properties", "logs"]).path,
    });
  },
});
