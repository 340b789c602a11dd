import { isBuiltInRbac, policyRules, ROLE_KINDS } from "../rbac.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/rbac-wildcard",
    title: "Roles do not use wildcards",
    severity: "medium",
    pillar: "security",
    level: "production",
    kinds: ROLE_KINDS,
    rationale:
      "A '*' in verbs, resources or apiGroups grants today's and every future permission, including resources added later by CRDs. Least privilege needs explicit lists.",
    remediation: {
      text: "List the exact apiGroups, resources and verbs the subject needs.",
      yaml: 'rules:\n  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "watch"]',
    },
    sources: [S.s000CommonErrors, S.s003Rbac, S.k8sRbacGood, S.mlIdentity],
    equivalents: {
      kubeLinter: ["wildcard-in-rules"],
      kyverno: ["restrict-wildcard-verbs", "restrict-wildcard-resources"],
    },
  },
  (fact) => {
    if (isBuiltInRbac(fact)) return undefined;
    const out: Problem[] = [];
    for (const r of policyRules(fact)) {
      for (const field of ["verbs", "resources", "apiGroups"] as const) {
        const i = r[field].indexOf("*");
        if (i >= 0)
          out.push({ message: `${fact.kind} rule uses "*" in ${field}`, path: [...r.path, field, i] });
      }
    }
    return out;
  },
);
