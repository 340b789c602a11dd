/**
 * Microsoft Entra Workload ID for workloads that need Azure access (seed 000/002/004 "Workload
 * Identity"): a user-assigned identity per workload, its federated credential (issuer = the cluster's
 * OIDC issuer, subject = the workload's service account) and its role assignments.
 */
import type { ResolvedWorkload } from "../../model/types.js";
import { type BuildContext, LOCATION, pascal } from "../context.js";
import { refOf } from "../expr.js";
import { API, type ArmResourceDef } from "../resources.js";
import { roleAssignment, userIdentity } from "./common.js";

/** The audience Microsoft Entra expects in federated tokens (learn.microsoft.com/entra/workload-id). */
export const TOKEN_AUDIENCE = "api://AzureADTokenExchange";

/** Workloads that get an identity: those with Azure roles or Key Vault secrets (deploy-values.ts agrees). */
export function workloadsWithIdentity(workloads: ResolvedWorkload[]): ResolvedWorkload[] {
  return workloads.filter((w) => w.identity || w.secrets.length > 0);
}

/** A federated identity credential trusting the cluster's OIDC issuer for one service account. */
export function federatedCredential(
  symbol: string,
  identity: string,
  name: string,
  namespace: string,
  serviceAccount: string,
  concern: ArmResourceDef["concern"],
): ArmResourceDef {
  return {
    symbol,
    concern,
    type: "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
    apiVersion: API.managedIdentity,
    name,
    parent: identity,
    properties: {
      issuer: refOf("cluster", "oidcIssuerProfile.issuerURL"),
      subject: `system:serviceaccount:${namespace}:${serviceAccount}`,
      audiences: [TOKEN_AUDIENCE],
    },
    description: `Trusts tokens of service account ${namespace}/${serviceAccount} issued by the cluster.`,
  };
}

const SCOPES: Record<string, string | undefined> = { keyVault: "keyVault", registry: "registry" };

export function buildIdentity(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  if (!c.settings.identity.workloadIdentity) return [];
  const out: ArmResourceDef[] = [];
  for (const w of workloadsWithIdentity(c.workloads)) {
    const id = `workload${pascal(w.name)}Identity`;
    out.push(
      userIdentity(
        id,
        "identity",
        c.names.workloadIdentity(w.name),
        LOCATION,
        c.tags,
        `Workload identity of ${w.namespace}/${w.name}.`,
      ),
      federatedCredential(`workload${pascal(w.name)}Federation`, id, w.name, w.namespace, w.name, "identity"),
    );
    const roles = [...(w.identity?.roles ?? [])];
    // Reading mounted secrets needs Key Vault Secrets User on the vault.
    if (
      w.secrets.length > 0 &&
      c.settings.keyVault.enabled &&
      !roles.some((r) => r.role === "Key Vault Secrets User" && r.scope === "keyVault")
    )
      roles.push({ role: "Key Vault Secrets User", scope: "keyVault" });
    const seen = new Set<string>();
    for (const r of roles) {
      const key = `${r.role}@${r.scope}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (r.scope !== "resourceGroup" && !(r.scope in SCOPES))
        throw new Error(
          `workload "${w.name}": role scope "${r.scope}" is a resource id; akskit generates role assignments on keyVault, registry and resourceGroup only — assign this one outside the generated templates`,
        );
      out.push(
        roleAssignment({
          symbol: `workload${pascal(w.name)}${pascal(r.role)}${pascal(r.scope)}`,
          concern: "identity",
          scope: r.scope === "resourceGroup" ? undefined : SCOPES[r.scope],
          identity: id,
          role: r.role,
          description: `${r.role} for ${w.name} on the ${r.scope === "resourceGroup" ? "resource group" : r.scope}.`,
        }),
      );
    }
  }
  return out;
}
