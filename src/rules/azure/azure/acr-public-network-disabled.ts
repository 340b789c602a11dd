import { eqi, get } from "../lookup.js";
import { isUnknown } from "../../../audit/facts.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule, show } from "../templates.js";

export const acrPublicNetworkDisabled = resourceFieldRule({
  id: "azure/acr-public-network-disabled",
  title: "Production registries are reached through a private endpoint",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "A registry on a public endpoint can be reached (and credentials tried) from anywhere; with public network access disabled (or a default-deny firewall) and a private endpoint, image pulls and pushes stay on the private network.",
  remediation: {
    text: "Disable public network access and add a private endpoint with the privatelink.azurecr.io DNS zone.",
    spec: "spec.registry.privateEndpoint: true",
    arm: 'Microsoft.ContainerRegistry/registries properties.publicNetworkAccess: "Disabled"',
    terraform:
      "azurerm_container_registry.public_network_access_enabled = false (plus azurerm_private_endpoint)",
  },
  sources: [SEED.imageReference, SEED.opsChecklist002, LEARN.acrPrivateLink],
  equivalents: { psrule: ["Azure.ACR.Firewall"], checkov: ["CKV_AZURE_139"] },
  types: ["Microsoft.ContainerRegistry/registries"],
  path: ["properties", "publicNetworkAccess"],
  expect: (v, r) => {
    if (eqi(v, "Disabled")) return true;
    const action = get(r.resource, ["properties", "networkRuleSet", "defaultAction"]);
    if (isUnknown(action)) return "unknown";
    return eqi(action, "Deny");
  },
  message: (v, r) =>
    `Registry "${r.name}" accepts traffic from public networks (publicNetworkAccess is ${show(v ?? "Enabled")}); disable it and use a private endpoint.`,
});
