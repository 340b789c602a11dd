import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const acrAdminUserDisabled = resourceFieldRule({
  id: "azure/acr-admin-user-disabled",
  title: "The registry's admin user is disabled",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "The admin user is one shared username and password with push and pull rights on the whole registry; it cannot be scoped, attributed or protected by Entra policies. AKS pulls with the kubelet identity's AcrPull role instead.",
  remediation: {
    text: "Disable the admin user and grant AcrPull to the kubelet identity (AcrPush to pipelines).",
    arm: "Microsoft.ContainerRegistry/registries properties.adminUserEnabled: false",
    terraform: "azurerm_container_registry.admin_enabled = false",
  },
  sources: [SEED.imageReference, SEED.clusterIac002, LEARN.acrAuth],
  equivalents: { psrule: ["Azure.ACR.AdminUser"], checkov: ["CKV_AZURE_137"] },
  types: ["Microsoft.ContainerRegistry/registries"],
  path: ["properties", "adminUserEnabled"],
  expect: (v) => asBool(v) !== true,
  message: (_v, r) => `Registry "${r.name}" has the admin user enabled; disable it and use Entra identities.`,
});
