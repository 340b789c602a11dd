import { kubeIndex } from "../index-cache.js";
import { podOf } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

const LABEL = "aadpodidbinding";

export const rule = crossRule(
  {
    id: "security/pod-identity",
    title: "No workload uses the retired AAD pod identity",
    severity: "medium",
    pillar: "security",
    level: "production",
    rationale:
      "Microsoft Entra pod-managed identity (aadpodidbinding, AzureIdentity, AzureIdentityBinding) is deprecated and replaced by Workload Identity; its NMI daemon intercepts metadata traffic of every pod on the node.",
    remediation: {
      text: 'Migrate to Microsoft Entra Workload ID: federate the managed identity with the pod\'s service account and label the pod azure.workload.identity/use: "true".',
      spec: "spec.workloads[].identity",
      yaml: 'template:\n  metadata:\n    labels:\n      azure.workload.identity/use: "true"\n  spec:\n    serviceAccountName: api-gateway',
    },
    sources: [S.s000WorkloadIdentity, S.mlPodIdentityMigration],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const w of index.workloads) {
      const pod = podOf(w);
      if (pod && pod.labels[LABEL] !== undefined)
        out.push({
          subject: w,
          message: `pod is labelled ${LABEL} (AAD pod identity)`,
          path: [...pod.metaPath, "labels", LABEL],
        });
    }
    for (const kind of ["AzureIdentity", "AzureIdentityBinding"])
      for (const f of index.ofKind(kind))
        out.push({ subject: f, message: `${kind} belongs to the retired AAD pod identity`, path: ["kind"] });
    return out;
  },
);
