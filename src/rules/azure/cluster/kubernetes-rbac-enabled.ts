import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const kubernetesRbacEnabled = clusterFieldRule({
  id: "cluster/kubernetes-rbac-enabled",
  title: "Kubernetes RBAC is enabled",
  severity: "critical",
  pillar: "security",
  level: "baseline",
  rationale:
    "With Kubernetes RBAC disabled every authenticated identity can do anything in the cluster. AKS enables it by default; an explicit false turns it off and cannot be changed after creation.",
  remediation: {
    text: "Create the cluster with Kubernetes RBAC enabled (the default); it cannot be enabled later.",
    arm: "properties.enableRBAC: true",
    terraform: "azurerm_kubernetes_cluster.role_based_access_control_enabled = true",
  },
  sources: [SEED.clusterAccess, LEARN.k8sRbac],
  equivalents: { psrule: ["Azure.AKS.UseRBAC"], checkov: ["CKV_AZURE_5"] },
  path: ["properties", "enableRBAC"],
  expect: (v) => asBool(v) !== false,
  message: () =>
    "Kubernetes RBAC is disabled (enableRBAC is false); every authenticated user is cluster admin.",
});
