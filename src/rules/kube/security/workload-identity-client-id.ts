import { hasClientId, serviceAccountName, WI_CLIENT_ID, WI_USE_LABEL } from "../identity.js";
import { kubeIndex } from "../index-cache.js";
import { namespaceOf } from "../pod.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "security/workload-identity-client-id",
    title: "Workload Identity pods use a service account with a client-id",
    severity: "high",
    pillar: "security",
    level: "baseline",
    rationale:
      'The Workload Identity webhook injects AZURE_CLIENT_ID from the service account\'s azure.workload.identity/client-id annotation. A pod labelled azure.workload.identity/use: "true" whose service account lacks it gets no identity to federate: every Azure SDK call fails.',
    remediation: {
      text: "Annotate the ServiceAccount with the managed identity's client ID and create the federated credential for system:serviceaccount:<namespace>:<name>.",
      spec: "spec.workloads[].identity",
      yaml: "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: api-gateway\n  annotations:\n    azure.workload.identity/client-id: <managed-identity-client-id>",
    },
    sources: [S.s000WorkloadIdentity, S.s002WorkloadIdentity, S.s004Identity, S.mlWorkloadIdentity],
    equivalents: {},
  },
  (pod, w, ctx) => {
    if (pod.labels[WI_USE_LABEL] !== "true") return undefined;
    const name = serviceAccountName(pod);
    const sa = kubeIndex(ctx.facts).get("ServiceAccount", namespaceOf(w), name);
    if (!sa || hasClientId(sa)) return undefined;
    return {
      message: `pod uses Workload Identity but ServiceAccount "${name}" has no ${WI_CLIENT_ID} annotation`,
      path: [...pod.metaPath, "labels", WI_USE_LABEL],
    };
  },
);
