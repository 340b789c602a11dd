import { eqi } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule, show } from "../templates.js";

export const firewallIdpsDeny = resourceFieldRule({
  id: "azure/firewall-idps-deny",
  title: "Regulated firewall policies block intrusions (IDPS Deny)",
  severity: "medium",
  pillar: "security",
  level: "regulated",
  rationale:
    "Azure Firewall Premium's intrusion detection and prevention (IDPS) matches traffic against signatures for exploits, malware and command-and-control; only Deny mode stops the traffic. IDPS needs the Premium policy tier.",
  remediation: {
    text: "Use a Premium firewall policy with intrusion detection in Deny mode.",
    spec: "spec.network.hub.firewallSku: Premium",
    arm: 'Microsoft.Network/firewallPolicies sku.tier: "Premium", properties.intrusionDetection.mode: "Deny"',
    terraform: 'azurerm_firewall_policy.sku = "Premium", intrusion_detection { mode = "Deny" }',
  },
  sources: [SEED.egressFlow, LEARN.firewallIdps],
  equivalents: { checkov: ["CKV_AZURE_220"] },
  types: ["Microsoft.Network/firewallPolicies"],
  path: ["properties", "intrusionDetection", "mode"],
  expect: (v) => eqi(v, "Deny"),
  message: (v, r) =>
    `Firewall policy "${r.name}" does not block intrusions (intrusionDetection.mode is ${show(v)}); use a Premium policy in Deny mode.`,
});
