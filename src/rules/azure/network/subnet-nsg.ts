import type { AzureResourceFact, KeyPath } from "../../../audit/facts.js";
import { isUnknown } from "../../../audit/facts.js";
import { defineRule } from "../../types.js";
import type { RuleContext } from "../../types.js";
import { get, leafName, lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

/** Subnets Azure does not allow (or does not need) a network security group on. */
export const NSG_EXEMPT_SUBNETS: readonly string[] = [
  "GatewaySubnet",
  "AzureFirewallSubnet",
  "AzureFirewallManagementSubnet",
  "RouteServerSubnet",
  "AzureBastionSubnet",
];

function exempt(name: string): boolean {
  return NSG_EXEMPT_SUBNETS.some((n) => n.toLowerCase() === name.toLowerCase());
}

function checkSubnet(ctx: RuleContext, name: string, properties: unknown, prefix: KeyPath): void {
  if (exempt(name)) return;
  const found = lookup(properties, ["networkSecurityGroup"]);
  if (found.unknown || found.value !== undefined) return;
  ctx.report({
    message: `Subnet "${name}" has no network security group.`,
    path: [...prefix, ...found.path],
  });
}

export const subnetNsg = defineRule({
  id: "network/subnet-nsg",
  title: "Subnets have a network security group",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "A network security group on each subnet is the layer that limits traffic between subnets (nodes, ingress, private endpoints) and from the internet even when a route or firewall rule is wrong; it is also where flow logs attach. Gateway, firewall, Route Server and Bastion subnets are exempt.",
  remediation: {
    text: "Associate a network security group with every workload subnet.",
    arm: "Microsoft.Network/virtualNetworks/subnets properties.networkSecurityGroup.id",
    terraform: "azurerm_subnet_network_security_group_association { subnet_id, network_security_group_id }",
  },
  sources: [SEED.networkFlow, SEED.networkSecurity000, LEARN.nsg],
  equivalents: { psrule: ["Azure.VNET.UseNSGs"], checkov: ["CKV2_AZURE_31"] },
  target: {
    kind: "azureResource",
    types: ["Microsoft.Network/virtualNetworks", "Microsoft.Network/virtualNetworks/subnets"],
  },
  check(resource: AzureResourceFact, ctx) {
    if (resource.type.toLowerCase() === "microsoft.network/virtualnetworks/subnets") {
      checkSubnet(ctx, leafName(resource.name), resource.resource.properties, ["properties"]);
      return;
    }
    const subnets = lookup(resource.resource, ["properties", "subnets"]);
    if (!Array.isArray(subnets.value)) return;
    subnets.value.forEach((s: unknown, i) => {
      const name = get(s, ["name"]);
      if (isUnknown(name) || typeof name !== "string") return;
      const props = lookup(s, ["properties"]);
      checkSubnet(ctx, name, props.value ?? {}, [...subnets.path, i, ...props.path]);
    });
  },
});
