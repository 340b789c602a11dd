/**
 * Velero backs up cluster objects and Azure disk snapshots to the backup storage account (seed 000
 * "Backup y disaster recovery"). Chart 11.4.0 (Velero 1.18.0) from vmware-tanzu.github.io/helm-charts;
 * plugin velero-plugin-for-microsoft-azure v1.14.0, the line for Velero 1.18 (compatibility table in
 * github.com/vmware-tanzu/velero-plugin-for-microsoft-azure). Authentication is Workload Identity: the
 * server's service account carries the client id of the Velero identity, the pods the
 * `azure.workload.identity/use` label, and the plugin reads `useAAD` (same README, "Use Microsoft Entra
 * Workload Identity"). Every deploy-time value is a `${VARIABLE}` from cluster-vars.
 */
import type { ClusterModel } from "../../model/types.js";
import type { HelmComponent } from "./helm.js";

export const VELERO_CHART = {
  repository: "vmware-tanzu",
  url: "https://vmware-tanzu.github.io/helm-charts",
  chart: "velero",
  version: "11.4.0",
} as const;

export const VELERO_AZURE_PLUGIN = "velero/velero-plugin-for-microsoft-azure:v1.14.0";

/** The blob container in the backup storage account (the infrastructure creates it with this name). */
export const VELERO_CONTAINER = "velero";

const RESTRICTED_CONTAINER = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ["ALL"] },
  seccompProfile: { type: "RuntimeDefault" },
};

export function velero(_model: ClusterModel): HelmComponent {
  return {
    name: "velero",
    namespace: "velero",
    podSecurity: "restricted",
    chart: { ...VELERO_CHART },
    purpose:
      "Scheduled backups of the workload namespaces (objects and Azure disk snapshots) to the backup storage account.",
    values: {
      initContainers: [
        {
          name: "velero-plugin-for-microsoft-azure",
          image: VELERO_AZURE_PLUGIN,
          imagePullPolicy: "IfNotPresent",
          volumeMounts: [{ mountPath: "/target", name: "plugins" }],
          securityContext: RESTRICTED_CONTAINER,
        },
      ],
      podLabels: { "azure.workload.identity/use": "true" },
      serviceAccount: {
        // The infrastructure federates the Velero identity with system:serviceaccount:velero:velero.
        server: {
          name: "velero",
          annotations: { "azure.workload.identity/client-id": "${VELERO_CLIENT_ID}" },
        },
      },
      // Not secret: ids and names only; the identity itself comes from the federated token.
      credentials: {
        useSecret: true,
        secretContents: {
          cloud: [
            "AZURE_SUBSCRIPTION_ID=${AZURE_SUBSCRIPTION_ID}",
            "AZURE_RESOURCE_GROUP=${BACKUP_RESOURCE_GROUP}",
            "AZURE_CLOUD_NAME=AzurePublicCloud",
            "",
          ].join("\n"),
        },
      },
      configuration: {
        backupStorageLocation: [
          {
            name: "default",
            provider: "azure",
            bucket: VELERO_CONTAINER,
            config: {
              resourceGroup: "${BACKUP_RESOURCE_GROUP}",
              storageAccount: "${BACKUP_STORAGE_ACCOUNT}",
              subscriptionId: "${AZURE_SUBSCRIPTION_ID}",
              useAAD: "true",
            },
          },
        ],
        volumeSnapshotLocation: [
          {
            name: "default",
            provider: "azure",
            config: { resourceGroup: "${BACKUP_RESOURCE_GROUP}", subscriptionId: "${AZURE_SUBSCRIPTION_ID}" },
          },
        ],
      },
      containerSecurityContext: RESTRICTED_CONTAINER,
      podSecurityContext: {
        runAsNonRoot: true,
        runAsUser: 65532,
        fsGroup: 65532,
        seccompProfile: { type: "RuntimeDefault" },
      },
      deployNodeAgent: false,
      metrics: { enabled: true },
    },
  };
}
