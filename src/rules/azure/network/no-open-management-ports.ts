import type { AzureResourceFact, KeyPath } from "../../../audit/facts.js";
import { isUnknown } from "../../../audit/facts.js";
import { defineRule } from "../../types.js";
import type { RuleContext } from "../../types.js";
import { eqi, get, lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

const MANAGEMENT_PORTS: readonly { port: number; name: string }[] = [
  { port: 22, name: "SSH" },
  { port: 3389, name: "RDP" },
];
const ANY_SOURCE = ["*", "internet", "any", "0.0.0.0/0", "0.0.0.0"];

function strings(...values: unknown[]): string[] | "unknown" {
  const out: string[] = [];
  for (const v of values) {
    if (isUnknown(v)) return "unknown";
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) {
      for (const x of v) {
        if (isUnknown(x)) return "unknown";
        if (typeof x === "string") out.push(x);
      }
    }
  }
  return out;
}

function covers(range: string, port: number): boolean {
  const r = range.trim();
  if (r === "*") return true;
  const m = /^(\d+)(?:-(\d+))?$/.exec(r);
  if (!m) return false;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return port >= lo && port <= hi;
}

function checkRule(ctx: RuleContext, rule: unknown, prefix: KeyPath, name: string): void {
  const p = get(rule, ["properties"]);
  if (!eqi(get(p, ["direction"]), "Inbound") || !eqi(get(p, ["access"]), "Allow")) return;
  const sources = strings(get(p, ["sourceAddressPrefix"]), get(p, ["sourceAddressPrefixes"]));
  const ports = strings(get(p, ["destinationPortRange"]), get(p, ["destinationPortRanges"]));
  if (sources === "unknown" || ports === "unknown") return;
  if (!sources.some((s) => ANY_SOURCE.includes(s.trim().toLowerCase()))) return;
  const open = MANAGEMENT_PORTS.filter((m) => ports.some((r) => covers(r, m.port)));
  if (open.length === 0) return;
  ctx.report({
    message: `Security rule "${name}" allows ${open.map((o) => `${o.name} (${o.port})`).join(" and ")} from any address.`,
    path: [...prefix, "properties"],
  });
}

export const noOpenManagementPorts = defineRule({
  id: "network/no-open-management-ports",
  title: "No security rule opens SSH or RDP to the internet",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "SSH and RDP open to any address are scanned and brute-forced within minutes of exposure. AKS nodes never need them from the internet; use Bastion or `kubectl debug node/...` for node access.",
  remediation: {
    text: "Remove the rule, or restrict its source to a bastion or management subnet.",
    arm: "Microsoft.Network/networkSecurityGroups properties.securityRules[].properties.sourceAddressPrefix: <management range>",
    terraform: "azurerm_network_security_rule.source_address_prefix = <management range>",
  },
  sources: [SEED.managementTraffic, SEED.networkSecurity000, LEARN.nsg],
  equivalents: { psrule: ["Azure.NSG.AnyInboundSource"], checkov: ["CKV_AZURE_9", "CKV_AZURE_10"] },
  target: {
    kind: "azureResource",
    types: [
      "Microsoft.Network/networkSecurityGroups",
      "Microsoft.Network/networkSecurityGroups/securityRules",
    ],
  },
  check(resource: AzureResourceFact, ctx) {
    if (resource.type.toLowerCase().endsWith("/securityrules")) {
      checkRule(ctx, resource.resource, [], resource.name.split("/").pop() ?? resource.name);
      return;
    }
    const rules = lookup(resource.resource, ["properties", "securityRules"]);
    if (!Array.isArray(rules.value)) return;
    rules.value.forEach((r: unknown, i) => {
      const name = get(r, ["name"]);
      checkRule(ctx, r, [...rules.path, i], typeof name === "string" ? name : `#${i}`);
    });
  },
});
