/**
 * Values only known at deploy time (client ids of managed identities, the tenant, generated names),
 * passed from the infrastructure to the GitOps repository as Flux post-build substitution variables.
 *
 * The contract between the two generators:
 * - The infrastructure (ARM/Bicep/Terraform/az CLI) creates a Flux configuration whose one Kustomization
 *   `cluster` reconciles `./clusters/<env>` with `postBuild.substitute` holding every variable below.
 * - The GitOps repository's `clusters/<env>/cluster-vars.yaml` is a ConfigMap `cluster-vars` in
 *   `flux-system` whose data maps each variable to `${VARIABLE}` (filled by that substitution); the
 *   Kustomizations under clusters/<env> read it with `postBuild.substituteFrom`.
 */
import type { ClusterModel } from "../model/types.js";

export type DeployValueSource =
  | { kind: "tenantId" }
  | { kind: "subscriptionId" }
  | { kind: "literal"; value: string }
  | { kind: "keyVaultName" }
  | { kind: "keyVaultUri" }
  | { kind: "registryLoginServer" }
  | { kind: "workloadClientId"; workload: string }
  | { kind: "veleroClientId" }
  | { kind: "backupStorageAccount" }
  | { kind: "backupResourceGroup" };

export interface DeployValue {
  name: string;
  description: string;
  source: DeployValueSource;
}

/** `api-gateway` → `API_GATEWAY`. */
export function envVarName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

export function workloadClientIdVar(workload: string): string {
  return `WI_${envVarName(workload)}_CLIENT_ID`;
}

/** The variables for one environment, sorted by name. */
export function deployValues(model: ClusterModel): DeployValue[] {
  const s = model.settings;
  const out: DeployValue[] = [
    {
      name: "AZURE_TENANT_ID",
      description: "Microsoft Entra tenant of the workload identities",
      source: { kind: "tenantId" },
    },
    {
      name: "AZURE_SUBSCRIPTION_ID",
      description: "Subscription of the platform",
      source: { kind: "subscriptionId" },
    },
    {
      name: "CLUSTER_NAME",
      description: "AKS cluster name",
      source: { kind: "literal", value: model.names.cluster },
    },
    {
      name: "ENVIRONMENT",
      description: "Environment name",
      source: { kind: "literal", value: model.environment },
    },
    { name: "LOCATION", description: "Azure region", source: { kind: "literal", value: model.location } },
  ];
  if (s.keyVault.enabled) {
    out.push({
      name: "KEY_VAULT_NAME",
      description: "Key Vault holding workload secrets",
      source: { kind: "keyVaultName" },
    });
    out.push({ name: "KEY_VAULT_URI", description: "Key Vault URI", source: { kind: "keyVaultUri" } });
  }
  if (s.registry.enabled)
    out.push({
      name: "ACR_LOGIN_SERVER",
      description: "Container registry login server",
      source: { kind: "registryLoginServer" },
    });
  for (const w of model.workloads) {
    if (w.identity || w.secrets.length > 0)
      out.push({
        name: workloadClientIdVar(w.name),
        description: `Client id of ${w.name}'s workload identity`,
        source: { kind: "workloadClientId", workload: w.name },
      });
  }
  if (s.backup.tool === "velero") {
    out.push({
      name: "VELERO_CLIENT_ID",
      description: "Client id of Velero's workload identity",
      source: { kind: "veleroClientId" },
    });
    out.push({
      name: "BACKUP_STORAGE_ACCOUNT",
      description: "Storage account for Velero backups",
      source: { kind: "backupStorageAccount" },
    });
    out.push({
      name: "BACKUP_RESOURCE_GROUP",
      description: "Resource group of the backup storage account",
      source: { kind: "backupResourceGroup" },
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
