import { isUnknown } from "../../../audit/facts.js";
import { eqi, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const keyVaultPublicNetworkDisabled = resourceFieldRule({
  id: "azure/key-vault-public-network-disabled",
  title: "Production Key Vaults are reached through a private endpoint",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "A vault open to public networks can be reached from anywhere with stolen credentials; with public network access disabled (or a default-deny firewall) and a private endpoint, the CSI driver and workloads reach it privately.",
  remediation: {
    text: "Disable public network access and add a private endpoint with the privatelink.vaultcore.azure.net DNS zone.",
    spec: "spec.keyVault.privateEndpoint: true",
    arm: 'Microsoft.KeyVault/vaults properties.publicNetworkAccess: "Disabled" (or networkAcls.defaultAction: "Deny")',
    terraform: "azurerm_key_vault.public_network_access_enabled = false (plus azurerm_private_endpoint)",
  },
  sources: [SEED.secrets, LEARN.kvNetwork],
  equivalents: {
    psrule: ["Azure.KeyVault.Firewall"],
    checkov: ["CKV_AZURE_189", "CKV_AZURE_109", "CKV2_AZURE_32"],
  },
  types: ["Microsoft.KeyVault/vaults"],
  path: ["properties", "publicNetworkAccess"],
  expect: (v, r) => {
    if (eqi(v, "Disabled")) return true;
    const action = get(r.resource, ["properties", "networkAcls", "defaultAction"]);
    if (isUnknown(action)) return "unknown";
    return eqi(action, "Deny");
  },
  message: (_v, r) =>
    `Key Vault "${r.name}" accepts traffic from all networks; disable public network access and use a private endpoint.`,
});
