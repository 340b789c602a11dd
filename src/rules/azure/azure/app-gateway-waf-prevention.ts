import type { AzureResourceFact } from "../../../audit/facts.js";
import { defineRule } from "../../types.js";
import { asBool, eqi, lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

const POLICY_TYPE = "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies";

export const appGatewayWafPrevention = defineRule({
  id: "azure/app-gateway-waf-prevention",
  title: "The web application firewall blocks attacks (Prevention mode)",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "In Detection mode the WAF only logs matches and lets every request through. Run Detection while tuning exclusions, then switch to Prevention for production traffic.",
  remediation: {
    text: "Set the WAF policy (or the gateway's WAF configuration) to Prevention mode and keep it enabled.",
    spec: "spec.ingress.wafMode: Prevention",
    arm: 'ApplicationGatewayWebApplicationFirewallPolicies properties.policySettings: { state: "Enabled", mode: "Prevention" }',
    terraform:
      'azurerm_web_application_firewall_policy.policy_settings { enabled = true, mode = "Prevention" }',
  },
  sources: [SEED.ingressFlow, LEARN.appGwWafModes],
  equivalents: {
    psrule: ["Azure.AppGwWAF.PreventionMode", "Azure.AppGw.Prevention"],
    checkov: ["CKV_AZURE_122"],
  },
  target: { kind: "azureResource", types: [POLICY_TYPE, "Microsoft.Network/applicationGateways"] },
  check(resource: AzureResourceFact, ctx) {
    const isPolicy = resource.type.toLowerCase() === POLICY_TYPE.toLowerCase();
    const base = isPolicy
      ? ["properties", "policySettings"]
      : ["properties", "webApplicationFirewallConfiguration"];
    if (!isPolicy && lookup(resource.resource, base).value === undefined) return;
    const state = lookup(resource.resource, [...base, isPolicy ? "state" : "enabled"]);
    const mode = lookup(resource.resource, [...base, isPolicy ? "mode" : "firewallMode"]);
    if (state.unknown || mode.unknown) return;
    const disabled = isPolicy ? eqi(state.value, "Disabled") : asBool(state.value) === false;
    if (disabled) {
      ctx.report({
        message: `The web application firewall of "${resource.name}" is disabled.`,
        path: state.path,
      });
    } else if (!eqi(mode.value, "Prevention")) {
      ctx.report({
        message: `The web application firewall of "${resource.name}" runs in ${typeof mode.value === "string" ? mode.value : "Detection"} mode and blocks nothing; use Prevention.`,
        path: mode.path,
      });
    }
  },
});
