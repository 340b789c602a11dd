import { isUnknown } from "../../../audit/facts.js";
import { eqi, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule, show } from "../templates.js";

export const firewallThreatIntelDeny = resourceFieldRule({
  id: "azure/firewall-threat-intel-deny",
  title: "Regulated firewalls block known-malicious addresses (threat intelligence Deny)",
  severity: "medium",
  pillar: "security",
  level: "regulated",
  rationale:
    "Threat intelligence filtering matches traffic against Microsoft's feed of known malicious IPs and domains; in Alert mode it only logs, so a compromised pod can still reach command-and-control servers.",
  remediation: {
    text: "Set threat intelligence mode to Deny on the firewall policy (or on a firewall without a policy).",
    arm: 'Microsoft.Network/firewallPolicies properties.threatIntelMode: "Deny"',
    terraform:
      'azurerm_firewall_policy.threat_intelligence_mode = "Deny" (azurerm_firewall.threat_intel_mode without a policy)',
  },
  sources: [SEED.egressFlow, LEARN.firewallThreatIntel],
  equivalents: { psrule: ["Azure.Firewall.Mode", "Azure.Firewall.PolicyMode"], checkov: ["CKV_AZURE_216"] },
  types: ["Microsoft.Network/azureFirewalls", "Microsoft.Network/firewallPolicies"],
  applies: (r) => {
    if (r.type.toLowerCase() !== "microsoft.network/azurefirewalls") return true;
    const policy = get(r.resource, ["properties", "firewallPolicy", "id"]);
    if (isUnknown(policy)) return "unknown";
    return policy === undefined;
  },
  path: ["properties", "threatIntelMode"],
  expect: (v) => eqi(v, "Deny"),
  message: (v, r) =>
    `"${r.name}" only alerts on known-malicious traffic (threatIntelMode is ${show(v ?? "Alert")}); set it to Deny.`,
});
