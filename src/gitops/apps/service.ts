/** ClusterIP Service (port 80 → the container's `http` port) and the workload's ServiceAccount. */
import type { IService } from "kubernetes-models/v1/Service";
import type { IServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { workloadClientIdVar } from "../../generate/deploy-values.js";
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import { selectorLabels, workloadLabels } from "../labels.js";
import { HTTP_PORT, names, usesWorkloadIdentity } from "./names.js";

export function service(model: ClusterModel, w: ResolvedWorkload): IService {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: names.service(w), namespace: w.namespace, labels: workloadLabels(model, w) },
    spec: {
      type: "ClusterIP",
      selector: selectorLabels(w),
      ports: [{ name: HTTP_PORT, port: 80, targetPort: HTTP_PORT, protocol: "TCP" }],
    },
  };
}

/**
 * One ServiceAccount per workload, token not automounted, annotated with the client id of its
 * user-assigned identity (a deploy-time value) when it uses Workload Identity
 * (learn.microsoft.com/azure/aks/workload-identity-overview#service-account-annotations).
 */
export function serviceAccount(model: ClusterModel, w: ResolvedWorkload): IServiceAccount {
  return {
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata: {
      name: names.serviceAccount(w),
      namespace: w.namespace,
      labels: workloadLabels(model, w),
      ...(usesWorkloadIdentity(w)
        ? {
            annotations: {
              "azure.workload.identity/client-id": `\${${workloadClientIdVar(w.name)}}`,
              "azure.workload.identity/tenant-id": "${AZURE_TENANT_ID}",
            },
          }
        : {}),
    },
    automountServiceAccountToken: false,
  };
}
