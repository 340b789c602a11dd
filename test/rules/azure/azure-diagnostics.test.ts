import { Unknown } from "../../../src/audit/facts.js";
import { diagnosticAuditDuplicate } from "../../../src/rules/azure/azure/diagnostic-audit-duplicate.js";
import { diagnosticAuditLogs } from "../../../src/rules/azure/azure/diagnostic-audit-logs.js";
import { diagnosticPlatformLogs } from "../../../src/rules/azure/azure/diagnostic-platform-logs.js";
import { resources, testRule } from "./helpers.js";

const diag = (logs: unknown, scope: unknown = "Microsoft.ContainerService/managedClusters/aks-prod") => ({
  type: "Microsoft.Insights/diagnosticSettings",
  name: "diag-aks",
  scope,
  properties: { workspaceId: "/x/workspaces/log", logs },
});
const on = (...categories: string[]) => categories.map((category) => ({ category, enabled: true }));

testRule(diagnosticAuditLogs, {
  valid: [
    resources(diag(on("kube-audit-admin", "guard"))),
    resources(diag(on("kube-audit", "guard"))),
    resources(diag([{ categoryGroup: "allLogs", enabled: true }])),
    resources(diag([{ categoryGroup: "audit", enabled: true }])),
    // Not a cluster's setting.
    resources(diag([], "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv")),
    resources(diag(new Unknown("[variables('logs')]"))),
  ],
  invalid: [
    {
      facts: resources(diag(on("kube-apiserver"))),
      message:
        'Diagnostic setting "diag-aks" for cluster "aks-prod" does not collect kube-audit-admin or guard',
      path: "properties.logs",
    },
    {
      facts: resources(
        diag([
          { category: "kube-audit-admin", enabled: true },
          { category: "guard", enabled: false },
        ]),
      ),
      message: "does not collect guard",
      path: "properties.logs",
    },
  ],
});

testRule(diagnosticPlatformLogs, {
  valid: [
    resources(diag(on("cluster-autoscaler", "kube-apiserver", "kube-controller-manager"))),
    resources(diag([{ categoryGroup: "allLogs", enabled: true }])),
  ],
  invalid: [
    {
      facts: resources(diag(on("kube-audit-admin", "guard", "kube-apiserver"))),
      message: "does not collect cluster-autoscaler, kube-controller-manager",
      path: "properties.logs",
    },
  ],
});

testRule(diagnosticAuditDuplicate, {
  valid: [resources(diag(on("kube-audit-admin", "guard"))), resources(diag(on("kube-audit", "guard")))],
  invalid: [
    {
      facts: resources(diag(on("kube-audit", "kube-audit-admin"))),
      message: "collects both kube-audit and kube-audit-admin",
      path: "properties.logs",
    },
  ],
});
