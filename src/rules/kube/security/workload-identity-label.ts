import { hasClientId, serviceAccountName, WI_USE_LABEL } from "../identity.js";
import { kubeIndex } from "../index-cache.js";
import { namespaceOf } from "../pod.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "security/workload-identity-label",
    title: "Pods of Workload Identity service accounts carry the use label",
    severity: "medium",
    pillar: "security",
    level: "baseline",
    rationale:
      'The Workload Identity webhook mutates only pods labelled azure.workload.identity/use: "true". A pod whose service account is federated but which lacks the label gets no token file and no AZURE_* variables, and falls back to whatever credential it finds, often a secret.',
    remediation: {
      text: 'Add the label azure.workload.identity/use: "true" to the pod template.',
      spec: "spec.workloads[].identity",
      yaml: 'template:\n  metadata:\n    labels:\n      azure.workload.identity/use: "true"',
    },
    sources: [S.s000WorkloadIdentity, S.s004Identity, S.mlWorkloadIdentity],
    equivalents: {},
  },
  (pod, w, ctx) => {
    if (pod.labels[WI_USE_LABEL] === "true") return undefined;
    const name = serviceAccountName(pod);
    const sa = kubeIndex(ctx.facts).get("ServiceAccount", namespaceOf(w), name);
    if (!sa || !hasClientId(sa)) return undefined;
    return {
      message: `ServiceAccount "${name}" is federated for Workload Identity but the pod lacks the label ${WI_USE_LABEL}: "true"`,
      path: [...pod.metaPath, "labels"],
    };
  },
);
