import { serviceAccountName } from "../identity.js";
import { kubeIndex } from "../index-cache.js";
import { namespaceOf } from "../pod.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "security/automount-token",
    title: "Pods do not automount a service account token",
    severity: "low",
    pillar: "security",
    level: "production",
    rationale:
      "Most applications never call the Kubernetes API, yet every pod gets a token for its service account by default; a compromised pod can use it against the API server. Microsoft Entra Workload ID injects its own projected token and works with automounting off. A pod that does not set the field inherits it from its ServiceAccount when that is in the input.",
    remediation: {
      text: "Set automountServiceAccountToken: false on the pod (or the ServiceAccount) unless the application calls the Kubernetes API.",
      yaml: "spec:\n  automountServiceAccountToken: false",
    },
    sources: [S.s003Secrets, S.k8sServiceAccounts, S.mlWorkloadIdentity],
    equivalents: { polaris: ["automountServiceAccountToken"], kyverno: ["restrict-automount-sa-token"] },
  },
  (pod, fact, ctx) => {
    const own = pod.spec.automountServiceAccountToken;
    if (own === false) return undefined;
    const path = [...pod.specPath, "automountServiceAccountToken"];
    if (own === true) return { message: "pod sets automountServiceAccountToken: true", path };
    const sa = kubeIndex(ctx.facts).get("ServiceAccount", namespaceOf(fact), serviceAccountName(pod));
    if (sa?.object.automountServiceAccountToken === false) return undefined;
    return {
      message: `pod does not set automountServiceAccountToken: false${sa ? ` and ServiceAccount "${sa.name}" does not either` : ""}`,
      path,
    };
  },
);
