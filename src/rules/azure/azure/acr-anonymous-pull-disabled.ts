import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { resourceFieldRule } from "../templates.js";

export const acrAnonymousPullDisabled = resourceFieldRule({
  id: "azure/acr-anonymous-pull-disabled",
  title: "The registry does not allow anonymous pull",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "Anonymous pull lets anyone who can reach the registry download every image, with the code and any secrets baked into layers.",
  remediation: {
    text: "Disable anonymous pull access.",
    arm: "Microsoft.ContainerRegistry/registries properties.anonymousPullEnabled: false",
    terraform: "azurerm_container_registry.anonymous_pull_enabled = false",
  },
  sources: [SEED.imageReference, LEARN.acrAnonymous],
  equivalents: { psrule: ["Azure.ACR.AnonymousAccess"], checkov: ["CKV_AZURE_138"] },
  types: ["Microsoft.ContainerRegistry/registries"],
  path: ["properties", "anonymousPullEnabled"],
  expect: (v) => asBool(v) !== true,
  message: (_v, r) => `Registry "${r.name}" allows anonymous pull; disable it.`,
});
