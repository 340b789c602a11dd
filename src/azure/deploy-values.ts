/**
 * Renders the deploy-time values of src/generate/deploy-values.ts as expressions: the values the
 * infrastructure passes to the GitOps repository through the Flux configuration's post-build
 * substitution.
 */
import { type DeployValueSource, deployValues } from "../generate/deploy-values.js";
import type { ClusterModel } from "../model/types.js";
import { pascal } from "./context.js";
import { type Value, refOf, subscriptionId, tenantId } from "./expr.js";

export function deployValueExpr(c: ClusterModel, source: DeployValueSource): Value {
  switch (source.kind) {
    case "tenantId":
      return tenantId();
    case "subscriptionId":
      return subscriptionId();
    case "literal":
      return source.value;
    case "keyVaultName":
      return c.names.keyVault;
    case "keyVaultUri":
      return refOf("keyVault", "vaultUri");
    case "registryLoginServer":
      return refOf("registry", "loginServer");
    case "workloadClientId":
      return refOf(`workload${pascal(source.workload)}Identity`, "clientId");
    case "veleroClientId":
      return refOf("veleroIdentity", "clientId");
    case "backupStorageAccount":
      return c.names.backupStorageAccount;
    case "backupResourceGroup":
      return c.names.resourceGroup;
  }
}

/** Every substitution variable of the environment, by name. */
export function substitutions(c: ClusterModel): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const v of deployValues(c)) out[v.name] = deployValueExpr(c, v.source);
  return out;
}
