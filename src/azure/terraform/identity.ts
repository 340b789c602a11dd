/**
 * identity.tf: one user-assigned identity per workload that needs Azure access (roles or Key Vault
 * secrets), federated with its Kubernetes service account through the cluster's OIDC issuer, and its
 * role assignments (scope keyVault / registry / resourceGroup or a full resource id).
 */
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import { attr, attrs, block, raw, type BodyItem, type Expr } from "./hcl.js";
import { ref, type Gate, type TfModule } from "./module.js";
import { CLUSTER, RG, location, tags } from "./common.js";

export const TOKEN_AUDIENCE = "api://AzureADTokenExchange";

/** Workloads that get an identity: the same condition as their client id in deploy-values.ts. */
export function identityWorkloads(m: ClusterModel): ResolvedWorkload[] {
  return m.workloads.filter((w) => w.identity || w.secrets.length > 0);
}

/** Roles of a workload; mounting Key Vault secrets implies Key Vault Secrets User on the vault. */
export function workloadRoles(w: ResolvedWorkload): { role: string; scope: string }[] {
  const roles = [...(w.identity?.roles ?? [])];
  if (
    w.secrets.length > 0 &&
    !roles.some((r) => r.role === "Key Vault Secrets User" && r.scope === "keyVault")
  )
    roles.push({ role: "Key Vault Secrets User", scope: "keyVault" });
  return roles;
}

function identityValue(m: ClusterModel, w: ResolvedWorkload): Expr {
  return {
    name: m.names.workloadIdentity(w.name),
    namespace: w.namespace,
    service_account: w.name,
    roles: workloadRoles(w).map((r) => ({ role: r.role, scope: r.scope })),
  };
}

export function buildIdentity(mod: TfModule, gates: { registry: Gate; keyVault: Gate }): BodyItem[] {
  mod.variable({
    name: "workload_identities",
    type: `map(object({
    name            = string
    namespace       = string
    service_account = string
    roles = list(object({
      role  = string
      scope = string
    }))
  }))`,
    description:
      "Workload identities by workload name: the managed identity, the service account it is federated with, and its Azure roles (scope keyVault, registry, resourceGroup or a resource id).",
    validation: [
      {
        condition: `alltrue(flatten([for w in values(var.workload_identities) : [for r in w.roles : contains(["keyVault", "registry", "resourceGroup"], r.scope) || startswith(r.scope, "/")]]))`,
        message: "A role scope must be keyVault, registry, resourceGroup or a resource id starting with /.",
      },
    ],
    value: (m) => Object.fromEntries(identityWorkloads(m).map((w) => [w.name, identityValue(m, w)])),
  });
  const scopes: Record<string, Expr> = { resourceGroup: raw(`${RG}.id`) };
  if (gates.keyVault.presence !== "none")
    scopes.keyVault = raw(ref(gates.keyVault, "azurerm_key_vault.this", "id"));
  if (gates.registry.presence !== "none")
    scopes.registry = raw(ref(gates.registry, "azurerm_container_registry.this", "id"));
  return [
    block(
      "locals",
      [],
      [
        attr("role_scopes", scopes),
        attr(
          "workload_role_assignments",
          raw(`merge([
    for name, w in var.workload_identities : {
      for r in w.roles : "\${name}/\${r.role}/\${r.scope}" => {
        workload = name
        role     = r.role
        scope    = lookup(local.role_scopes, r.scope, r.scope)
      }
    }
  ]...)`),
        ),
      ],
    ),
    block(
      "resource",
      ["azurerm_user_assigned_identity", "workload"],
      [
        attrs({
          for_each: raw("var.workload_identities"),
          name: raw("each.value.name"),
          location: location(mod),
          resource_group_name: raw(`${RG}.name`),
          tags: tags(mod),
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_federated_identity_credential", "workload"],
      [
        attrs({
          for_each: raw("var.workload_identities"),
          name: raw(`"fic-\${each.key}"`),
          resource_group_name: raw(`${RG}.name`),
          parent_id: raw("azurerm_user_assigned_identity.workload[each.key].id"),
          audience: [TOKEN_AUDIENCE],
          issuer: raw(`${CLUSTER}.oidc_issuer_url`),
          subject: raw(`"system:serviceaccount:\${each.value.namespace}:\${each.value.service_account}"`),
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_role_assignment", "workload"],
      [
        attrs({
          for_each: raw("local.workload_role_assignments"),
          scope: raw("each.value.scope"),
          role_definition_name: raw("each.value.role"),
          principal_id: raw("azurerm_user_assigned_identity.workload[each.value.workload].principal_id"),
          principal_type: "ServicePrincipal",
        }),
      ],
    ),
  ];
}
