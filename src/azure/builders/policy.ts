/**
 * Azure Policy assignments on the environment's resource group (seed 003 "Policy management"): the
 * Kubernetes pod security initiative chosen (baseline or restricted) in audit or deny mode, and the
 * allowed-images policy limiting containers to the platform's registry and the allowed registries.
 */
import { type BuildContext } from "../context.js";
import { API, type ArmResourceDef } from "../resources.js";

/** Built-in initiatives and policies (github.com/Azure/azure-policy, built-in-policies/*Kubernetes*). */
export const POLICY_IDS = {
  /** Kubernetes cluster pod security baseline standards for Linux-based workloads. */
  baseline: "/providers/Microsoft.Authorization/policySetDefinitions/a8640138-9b0a-4a28-b8cb-1666c838647d",
  /** Kubernetes cluster pod security restricted standards for Linux-based workloads. */
  restricted: "/providers/Microsoft.Authorization/policySetDefinitions/42b8ef37-b724-4e24-bbc8-7a7708edfe00",
  /** Kubernetes cluster containers should only use allowed images. */
  allowedImages: "/providers/Microsoft.Authorization/policyDefinitions/febd0533-8e55-448f-b837-bd0e06f16469",
} as const;

/** `^(crx\.azurecr\.io|mcr\.microsoft\.com)/.+$` from the registries images may come from. */
export function allowedImagesRegex(registries: string[]): string {
  const escaped = [...new Set(registries)].sort().map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return `^(${escaped.join("|")})/.+$`;
}

export function buildPolicy(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const p = c.settings.policy;
  if (p.azurePolicy === "none") return [];
  const effect = p.mode === "deny" ? "Deny" : "Audit";
  const registries = [
    ...(c.settings.registry.enabled ? [`${c.names.registry}.azurecr.io`] : []),
    ...p.allowedRegistries,
  ];
  const out: ArmResourceDef[] = [
    {
      symbol: "podSecurityPolicy",
      concern: "policy",
      type: "Microsoft.Authorization/policyAssignments",
      apiVersion: API.policyAssignments,
      name: `aks-pod-security-${p.azurePolicy}`,
      properties: {
        displayName: `AKS pod security ${p.azurePolicy} standards (${effect.toLowerCase()})`,
        description: `Kubernetes pod security ${p.azurePolicy} initiative for the clusters in this resource group.`,
        policyDefinitionId: POLICY_IDS[p.azurePolicy],
        enforcementMode: "Default",
        parameters: {
          effect: { value: effect },
          excludedNamespaces: {
            value: ["kube-system", "gatekeeper-system", "azure-arc", "flux-system", "kyverno", "velero"],
          },
        },
      },
      description: `Pod security ${p.azurePolicy} initiative in ${effect.toLowerCase()} mode.`,
    },
  ];
  if (registries.length > 0)
    out.push({
      symbol: "allowedImagesPolicy",
      concern: "policy",
      type: "Microsoft.Authorization/policyAssignments",
      apiVersion: API.policyAssignments,
      name: "aks-allowed-images",
      properties: {
        displayName: `AKS containers only from allowed registries (${effect.toLowerCase()})`,
        description: `Images must come from ${registries.join(", ")}.`,
        policyDefinitionId: POLICY_IDS.allowedImages,
        enforcementMode: "Default",
        parameters: {
          effect: { value: effect },
          allowedContainerImagesRegex: { value: allowedImagesRegex(registries) },
          excludedNamespaces: { value: ["kube-system", "gatekeeper-system", "azure-arc"] },
        },
      },
      description: "Allowed images policy: containers only from the platform's and the allowed registries.",
    });
  return out;
}
