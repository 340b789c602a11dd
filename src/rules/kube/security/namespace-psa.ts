import { labelsOf, SYSTEM_NAMESPACES } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

const ENFORCE = "pod-security.kubernetes.io/enforce";

export const rule = objectRule(
  {
    id: "security/namespace-psa",
    title: "Namespaces enforce a Pod Security Standard",
    severity: "medium",
    pillar: "security",
    level: "production",
    kinds: ["Namespace"],
    rationale:
      "Pod Security Admission rejects pods that break the namespace's Pod Security Standard at admission time, whatever path they come from (kubectl, Helm, operators). Without the enforce label nothing is enforced; privileged enforces nothing.",
    remediation: {
      text: "Label the namespace pod-security.kubernetes.io/enforce: restricted (baseline for workloads that cannot yet run restricted).",
      spec: "spec.namespaces[].podSecurity",
      yaml: "metadata:\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: latest",
    },
    sources: [S.s000Summary, S.k8sPsa, S.k8sPss],
    equivalents: {},
  },
  (fact) => {
    if (SYSTEM_NAMESPACES.has(fact.name)) return undefined;
    const level = labelsOf(fact.object)[ENFORCE];
    if (level === "baseline" || level === "restricted") return undefined;
    return {
      message:
        level === undefined
          ? `Namespace has no ${ENFORCE} label`
          : `Namespace enforces the ${level} Pod Security Standard`,
      path: ["metadata", "labels", ENFORCE],
    };
  },
);
