import { isBuiltInRbac, policyRules, ROLE_KINDS } from "../rbac.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { objectRule } from "../templates.js";

const VERBS = ["escalate", "bind", "impersonate"];

export const rule = objectRule(
  {
    id: "security/rbac-escalation",
    title: "Roles do not grant escalate, bind or impersonate",
    severity: "high",
    pillar: "security",
    level: "production",
    kinds: ROLE_KINDS,
    rationale:
      "escalate and bind let a subject create roles or bindings with permissions it does not hold; impersonate lets it act as any user, group or service account. Each is a direct path to cluster-admin.",
    remediation: {
      text: "Remove the escalate, bind and impersonate verbs; keep RBAC changes in the GitOps repository.",
      yaml: 'rules:\n  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["rolebindings"]\n    verbs: ["get", "list"]',
    },
    sources: [S.s000CommonErrors, S.s003Rbac, S.k8sRbacGood],
    equivalents: { kyverno: ["restrict-escalation-verbs-roles"] },
  },
  (fact) => {
    if (isBuiltInRbac(fact)) return undefined;
    const out: Problem[] = [];
    for (const r of policyRules(fact)) {
      r.verbs.forEach((v, i) => {
        if (VERBS.includes(v))
          out.push({ message: `${fact.kind} grants the ${v} verb`, path: [...r.path, "verbs", i] });
      });
    }
    return out;
  },
);
