import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, oneOf, show } from "../templates.js";

export const managedIdentity = clusterFieldRule({
  id: "cluster/managed-identity",
  title: "The cluster uses a managed identity",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "A service principal's secret expires and must be rotated by hand (a common cause of outages), and it can leak; a managed identity has no secret to manage.",
  remediation: {
    text: "Use a system-assigned or, better, a user-assigned managed identity instead of a service principal.",
    arm: 'identity.type: "UserAssigned"',
    terraform: 'azurerm_kubernetes_cluster.identity { type = "UserAssigned" }',
  },
  sources: [SEED.entraCluster, LEARN.managedIdentity],
  equivalents: { psrule: ["Azure.AKS.ManagedIdentity"] },
  path: ["identity", "type"],
  expect: oneOf("SystemAssigned", "UserAssigned"),
  message: (v) =>
    `The cluster identity type is ${show(v)}; use a SystemAssigned or UserAssigned managed identity.`,
});
