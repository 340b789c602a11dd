import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, show } from "../templates.js";

export const localAccountsDisabled = clusterFieldRule({
  id: "cluster/local-accounts-disabled",
  title: "Local accounts are disabled",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "Local accounts (the clusterAdmin certificate behind `az aks get-credentials --admin`) bypass Microsoft Entra ID: they cannot be tied to a person, audited through guard logs or revoked without rotating the cluster certificates.",
  remediation: {
    text: "Disable local accounts so that every user signs in through Microsoft Entra ID.",
    spec: "spec.identity.localAccounts: false",
    arm: "properties.disableLocalAccounts: true",
    terraform: "azurerm_kubernetes_cluster.local_account_disabled = true",
  },
  sources: [SEED.localAccounts, LEARN.localAccounts],
  equivalents: { psrule: ["Azure.AKS.LocalAccounts"], checkov: ["CKV_AZURE_141"] },
  path: ["properties", "disableLocalAccounts"],
  expect: (v) => asBool(v) === true,
  message: (v) => `Local accounts are enabled (disableLocalAccounts is ${show(v)}); set it to true.`,
});
