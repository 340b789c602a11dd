import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const oidcIssuerEnabled = clusterFieldRule({
  id: "cluster/oidc-issuer-enabled",
  title: "The OIDC issuer is enabled",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "The OIDC issuer publishes the keys that sign service account tokens; Microsoft Entra federated credentials (Workload ID) and external identity providers trust it. Once enabled it cannot be disabled.",
  remediation: {
    text: "Enable the OIDC issuer.",
    spec: "spec.identity.workloadIdentity: true",
    arm: "properties.oidcIssuerProfile.enabled: true",
    terraform: "azurerm_kubernetes_cluster.oidc_issuer_enabled = true",
  },
  sources: [SEED.entraWorkload, SEED.identity004, LEARN.oidcIssuer],
  equivalents: {},
  path: ["properties", "oidcIssuerProfile", "enabled"],
  expect: (v) => asBool(v) === true,
  message: () => "The OIDC issuer is not enabled (oidcIssuerProfile.enabled is not true).",
});
