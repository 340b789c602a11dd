import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, oneOf, show } from "../templates.js";

export const networkPolicyEnabled = clusterFieldRule({
  id: "cluster/network-policy-enabled",
  title: "A network policy engine is enabled",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "Without a network policy engine, Kubernetes NetworkPolicy objects are accepted but not enforced: every pod can reach every other pod, and a compromised pod can move laterally. The engine can only be chosen at creation (or by a disruptive update).",
  remediation: {
    text: "Enable a network policy engine (Cilium with the Cilium data plane, or Azure / Calico) and add default-deny policies per namespace.",
    spec: "spec.network.networkPolicy: cilium",
    arm: 'properties.networkProfile.networkPolicy: "cilium"',
    terraform: 'azurerm_kubernetes_cluster.network_profile { network_policy = "cilium" }',
  },
  sources: [SEED.podToPod, SEED.networkSecurity000, LEARN.networkPolicy],
  equivalents: { psrule: ["Azure.AKS.NetworkPolicy"], checkov: ["CKV_AZURE_7"] },
  path: ["properties", "networkProfile", "networkPolicy"],
  expect: oneOf("cilium", "azure", "calico"),
  message: (v) =>
    `No network policy engine is enabled (networkPolicy is ${show(v)}); NetworkPolicy objects are not enforced.`,
});
