import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const podIdentityDisabled = clusterFieldRule({
  id: "cluster/pod-identity-disabled",
  title: "The retired pod-managed identity add-on is not used",
  severity: "medium",
  pillar: "security",
  level: "baseline",
  rationale:
    "Microsoft Entra pod-managed identity (aad-pod-identity) was deprecated in 2022 and retired in September 2025: its NMI DaemonSet intercepts IMDS traffic from every pod and receives no more fixes. Microsoft Entra Workload ID replaces it.",
  remediation: {
    text: "Migrate workloads to Microsoft Entra Workload ID and disable the pod identity profile.",
    spec: "spec.identity.workloadIdentity: true",
    arm: "properties.podIdentityProfile.enabled: false (and properties.securityProfile.workloadIdentity.enabled: true)",
    terraform:
      "azurerm_kubernetes_cluster.workload_identity_enabled = true (azurerm has no pod identity argument)",
  },
  sources: [SEED.entraWorkload, SEED.identity004, LEARN.workloadIdentity],
  equivalents: {},
  path: ["properties", "podIdentityProfile", "enabled"],
  expect: (v) => asBool(v) !== true,
  message: () =>
    "The retired pod-managed identity add-on is enabled; migrate to Microsoft Entra Workload ID.",
});
