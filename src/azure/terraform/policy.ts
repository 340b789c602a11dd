/**
 * policy.tf: Azure Policy assignments on the environment's resource group: the Kubernetes pod security
 * initiative the spec chose (baseline or restricted, audit or deny) and the allowed-images policy
 * limiting containers to the platform registry and the allowed registries.
 */
import type { ClusterModel } from "../../model/types.js";
import { attrs, raw, block, type BodyItem } from "./hcl.js";
import { countFor, type TfModule } from "./module.js";
import { RG, enumValidation, location } from "./common.js";

/** Built-in initiative ids (Azure/azure-policy built-in-policies/policySetDefinitions/Kubernetes). */
export const POD_SECURITY_INITIATIVES = {
  baseline: "/providers/Microsoft.Authorization/policySetDefinitions/a8640138-9b0a-4a28-b8cb-1666c838647d",
  restricted: "/providers/Microsoft.Authorization/policySetDefinitions/42b8ef37-b724-4e24-bbc8-7a7708edfe00",
} as const;

/** "Kubernetes cluster containers should only use allowed images" (built-in policy definition). */
export const ALLOWED_IMAGES_POLICY =
  "/providers/Microsoft.Authorization/policyDefinitions/febd0533-8e55-448f-b837-bd0e06f16469";

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Registries allowed: the platform registry (when created) and the spec's allowed registries. */
export function allowedImagesRegex(m: ClusterModel): string {
  const registries = [
    ...(m.settings.registry.enabled ? [`${m.names.registry}.azurecr.io`] : []),
    ...m.settings.policy.allowedRegistries,
  ];
  const unique = [...new Set(registries)].sort();
  return `^(${unique.map(escapeRegex).join("|")})/.+$`;
}

export function buildPolicy(mod: TfModule): BodyItem[] {
  const g = mod.gate(
    "pod_security_policy_enabled",
    "Assign the Azure Policy pod security initiative.",
    (m) => m.settings.policy.azurePolicy !== "none",
  );
  if (g.presence === "none") return [];
  mod.variable({
    name: "policy_effect",
    type: "string",
    description: "Effect of the policy assignments: Audit reports violations, Deny blocks them.",
    validation: [enumValidation("policy_effect", ["Audit", "Deny"])],
    value: (m) => (m.settings.policy.mode === "deny" ? "Deny" : "Audit"),
  });
  return [
    block(
      "resource",
      ["azurerm_resource_group_policy_assignment", "pod_security"],
      [
        countFor(g),
        attrs({
          name: "aks-pod-security",
          display_name: raw(
            `"Kubernetes pod security \${var.pod_security_initiative} standards (\${var.policy_effect})"`,
          ),
          resource_group_id: raw(`${RG}.id`),
          policy_definition_id: raw(`local.pod_security_initiatives[var.pod_security_initiative]`),
          location: location(mod),
          parameters: raw(`jsonencode({
    effect = { value = var.policy_effect }
  })`),
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_resource_group_policy_assignment", "allowed_images"],
      [
        countFor(g),
        attrs({
          name: "aks-allowed-images",
          display_name: "Kubernetes containers only from allowed registries",
          resource_group_id: raw(`${RG}.id`),
          policy_definition_id: ALLOWED_IMAGES_POLICY,
          parameters: raw(`jsonencode({
    effect                      = { value = var.policy_effect }
    allowedContainerImagesRegex = { value = var.allowed_images_regex }
  })`),
        }),
      ],
    ),
    block("locals", [], [attrs({ pod_security_initiatives: { ...POD_SECURITY_INITIATIVES } })]),
    ...declare(mod),
  ];
}

function declare(mod: TfModule): BodyItem[] {
  mod.variable({
    name: "pod_security_initiative",
    type: "string",
    description: "Pod security initiative assigned: baseline or restricted.",
    validation: [enumValidation("pod_security_initiative", ["baseline", "restricted"])],
    value: (m) => (m.settings.policy.azurePolicy === "none" ? "baseline" : m.settings.policy.azurePolicy),
  });
  mod.variable({
    name: "allowed_images_regex",
    type: "string",
    description: "Regular expression of the images containers may use (allowed registries).",
    validation: [
      {
        condition: 'can(regexall(var.allowed_images_regex, ""))',
        message: "allowed_images_regex must be a valid regular expression.",
      },
    ],
    value: allowedImagesRegex,
  });
  return [];
}
