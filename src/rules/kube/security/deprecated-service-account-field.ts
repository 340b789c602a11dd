import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "security/deprecated-service-account-field",
    title: "Pods use serviceAccountName, not the deprecated serviceAccount field",
    severity: "low",
    pillar: "operations",
    level: "baseline",
    rationale:
      "spec.serviceAccount is a deprecated alias of serviceAccountName; when both are set and differ, readers and tools disagree about which identity the pod runs as.",
    remediation: {
      text: "Replace spec.serviceAccount with spec.serviceAccountName.",
      yaml: "spec:\n  serviceAccountName: api-gateway",
    },
    sources: [S.s000WorkloadIdentity, S.k8sServiceAccounts],
    equivalents: { kubeLinter: ["deprecated-service-account-field"] },
  },
  (pod) => {
    const old = pod.spec.serviceAccount;
    if (old === undefined) return undefined;
    const current = pod.spec.serviceAccountName;
    return {
      message:
        current !== undefined && current !== old
          ? `pod sets serviceAccount ${JSON.stringify(old)} and a different serviceAccountName ${JSON.stringify(current)}`
          : "pod uses the deprecated serviceAccount field",
      path: [...pod.specPath, "serviceAccount"],
    };
  },
);
