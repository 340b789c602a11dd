import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const defenderEnabled = clusterFieldRule({
  id: "cluster/defender-enabled",
  title: "Microsoft Defender for Containers is enabled",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "The Defender sensor detects runtime threats on nodes and in the control plane (crypto-mining, privileged container launches, suspicious API calls) and feeds vulnerability assessment; without it nobody watches the cluster at runtime.",
  remediation: {
    text: "Enable the Defender security profile with a Log Analytics workspace.",
    spec: "spec.security.defender: true",
    arm: "properties.securityProfile.defender: { logAnalyticsWorkspaceResourceId: ..., securityMonitoring: { enabled: true } }",
    terraform: "azurerm_kubernetes_cluster.microsoft_defender { log_analytics_workspace_id = ... }",
  },
  sources: [SEED.securityMonitoring, LEARN.defender],
  equivalents: { psrule: ["Azure.AKS.DefenderProfile"] },
  path: ["properties", "securityProfile", "defender", "securityMonitoring", "enabled"],
  expect: (v) => asBool(v) === true,
  message: () =>
    "Microsoft Defender for Containers is not enabled (securityProfile.defender.securityMonitoring.enabled is not true).",
});
