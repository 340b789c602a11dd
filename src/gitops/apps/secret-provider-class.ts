/**
 * SecretProviderClass for the workload's Key Vault secrets, read with its Workload Identity
 * (learn.microsoft.com/azure/aks/csi-secrets-store-identity-access, "Access with a Microsoft Entra
 * Workload ID"), and a synced Kubernetes Secret when environment variables need the values
 * (secrets-store-csi-driver.sigs.k8s.io/topics/sync-as-kubernetes-secret). Names and ids are
 * deploy-time values; no secret value is ever written.
 */
import { workloadClientIdVar } from "../../generate/deploy-values.js";
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import type { SecretProviderClass } from "../crds.js";
import { workloadLabels } from "../labels.js";
import { mountsSecrets } from "./deployment.js";
import { names } from "./names.js";

/** The `objects` parameter: a YAML string holding an `array` of YAML strings, as the Azure provider reads it. */
export function keyVaultObjects(secrets: string[]): string {
  const items = [...secrets].sort().map((s) => `  - |\n    objectName: ${s}\n    objectType: secret\n`);
  return `array:\n${items.join("")}`;
}

export function secretProviderClass(
  model: ClusterModel,
  w: ResolvedWorkload,
): SecretProviderClass | undefined {
  if (!mountsSecrets(model, w)) return undefined;
  const synced = [...new Set(Object.values(w.secretEnv))].sort();
  return {
    apiVersion: "secrets-store.csi.x-k8s.io/v1",
    kind: "SecretProviderClass",
    metadata: {
      name: names.secretProviderClass(w),
      namespace: w.namespace,
      labels: workloadLabels(model, w),
    },
    spec: {
      provider: "azure",
      parameters: {
        usePodIdentity: "false",
        useVMManagedIdentity: "false",
        clientID: `\${${workloadClientIdVar(w.name)}}`,
        keyvaultName: "${KEY_VAULT_NAME}",
        tenantId: "${AZURE_TENANT_ID}",
        objects: keyVaultObjects(w.secrets),
      },
      ...(synced.length > 0
        ? {
            secretObjects: [
              {
                secretName: names.syncedSecret(w),
                type: "Opaque",
                labels: workloadLabels(model, w),
                data: synced.map((s) => ({ objectName: s, key: s })),
              },
            ],
          }
        : {}),
    },
  };
}
