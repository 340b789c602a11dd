import { labelsOf, SYSTEM_NAMESPACES } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

const ENFORCE = "pod-security.kubernetes.io/enforce";

export const rule = objectRule(
  {
    id: "security/namespace-psa-restricted",
    title: "Namespaces enforce the restricted Pod Security Standard",
    severity: "medium",
    pillar: "security",
    level: "regulated",
    kinds: ["Namespace"],
    rationale:
      "The restricted standard (non-root, no privilege escalation, all capabilities dropped, RuntimeDefault seccomp, restricted volume types) is the hardening regulated platforms need proven at admission, not only in the manifests that happen to be reviewed.",
    remediation: {
      text: "Label the namespace pod-security.kubernetes.io/enforce: restricted after its workloads pass the restricted checks.",
      spec: "spec.namespaces[].podSecurity",
      yaml: "metadata:\n  labels:\n    pod-security.kubernetes.io/enforce: restricted",
    },
    sources: [S.s000Summary, S.k8sPsa, S.k8sPss],
    equivalents: {},
  },
  (fact) => {
    if (SYSTEM_NAMESPACES.has(fact.name)) return undefined;
    const level = labelsOf(fact.object)[ENFORCE];
    if (level === "restricted") return undefined;
    return {
      message: `Namespace enforces ${level ?? "no"} Pod Security Standard instead of restricted`,
      path: ["metadata", "labels", ENFORCE],
    };
  },
);
