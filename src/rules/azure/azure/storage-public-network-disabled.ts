import { isUnknown } from "../../../audit/facts.js";
import { eqi, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const storagePublicNetworkDisabled = resourceFieldRule({
  id: "azure/storage-public-network-disabled",
  title: "Production storage accounts deny public network access",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "An account reachable from every network can be attacked with a leaked key or SAS from anywhere; disabling public access (or a default-deny firewall) with a private endpoint confines it to the platform's network.",
  remediation: {
    text: "Disable public network access (or set the firewall's default action to Deny) and use a private endpoint.",
    arm: 'Microsoft.Storage/storageAccounts properties.publicNetworkAccess: "Disabled" (or networkAcls.defaultAction: "Deny")',
    terraform: "azurerm_storage_account.public_network_access_enabled = false",
  },
  sources: [SEED.backup000, LEARN.storageNetwork],
  equivalents: {
    psrule: ["Azure.Storage.Firewall"],
    checkov: ["CKV_AZURE_59", "CKV_AZURE_35", "CKV2_AZURE_33"],
  },
  types: ["Microsoft.Storage/storageAccounts"],
  path: ["properties", "publicNetworkAccess"],
  expect: (v, r) => {
    if (eqi(v, "Disabled")) return true;
    const action = get(r.resource, ["properties", "networkAcls", "defaultAction"]);
    if (isUnknown(action)) return "unknown";
    return eqi(action, "Deny");
  },
  message: (_v, r) =>
    `Storage account "${r.name}" accepts traffic from all networks; disable public network access or default-deny its firewall.`,
});
