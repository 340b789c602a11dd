import { isUnknown } from "../../../audit/facts.js";
import { asBool, eqi, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule, show } from "../templates.js";

export const appGatewayWafEnabled = resourceFieldRule({
  id: "azure/app-gateway-waf-enabled",
  title: "Application Gateway runs the web application firewall",
  severity: "high",
  pillar: "security",
  level: "production",
  rationale:
    "The AKS baseline puts Application Gateway with WAF in front of ingress so that OWASP attacks (SQL injection, XSS, protocol abuse) and known bad bots are filtered before they reach pods. A Standard_v2 gateway, or a WAF_v2 one without a policy or enabled configuration, only load-balances.",
  remediation: {
    text: "Use the WAF_v2 tier with a WAF policy (managed OWASP/DRS rule set) associated with the gateway.",
    spec: "spec.ingress.waf: true",
    arm: 'Microsoft.Network/applicationGateways properties.sku.tier: "WAF_v2", properties.firewallPolicy.id: <WAF policy id>',
    terraform:
      'azurerm_application_gateway.sku { tier = "WAF_v2" }, firewall_policy_id = azurerm_web_application_firewall_policy.<name>.id',
  },
  sources: [SEED.ingressFlow, SEED.deployIngress, LEARN.appGwWaf],
  equivalents: { psrule: ["Azure.AppGw.UseWAF"], checkov: ["CKV_AZURE_120"] },
  types: ["Microsoft.Network/applicationGateways"],
  path: ["properties", "sku", "tier"],
  expect: (tier, r) => {
    if (!eqi(tier, "WAF_v2") && !eqi(tier, "WAF")) return false;
    const policy = get(r.resource, ["properties", "firewallPolicy", "id"]);
    if (isUnknown(policy)) return "unknown";
    if (typeof policy === "string" && policy.length > 0) return true;
    const inline = asBool(get(r.resource, ["properties", "webApplicationFirewallConfiguration", "enabled"]));
    return inline === "unknown" ? "unknown" : inline === true;
  },
  message: (tier, r) =>
    eqi(tier, "WAF_v2") || eqi(tier, "WAF")
      ? `Application Gateway "${r.name}" has the WAF tier but no WAF policy or enabled WAF configuration.`
      : `Application Gateway "${r.name}" uses tier ${show(tier)} without a web application firewall; use WAF_v2 with a WAF policy.`,
});
