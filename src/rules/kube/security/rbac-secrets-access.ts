import { grantsCore, isBuiltInRbac, policyRules, ROLE_KINDS } from "../rbac.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/rbac-secrets-access",
    title: "Roles do not read Secrets broadly",
    severity: "medium",
    pillar: "security",
    level: "production",
    kinds: ROLE_KINDS,
    rationale:
      "get, list or watch on secrets reveals every credential in scope (list returns the values too). Few workloads need it; with Key Vault and the CSI driver applications should not read Kubernetes Secrets at all.",
    remediation: {
      text: "Remove get/list/watch on secrets, or limit the rule to named secrets with resourceNames.",
      yaml: 'rules:\n  - apiGroups: [""]\n    resources: ["secrets"]\n    resourceNames: ["app-tls"]\n    verbs: ["get"]',
    },
    sources: [S.k8sRbacGood, S.s003Secrets],
    equivalents: { kubeLinter: ["access-to-secrets"] },
  },
  (fact) => {
    if (isBuiltInRbac(fact)) return undefined;
    const out: Problem[] = [];
    for (const r of policyRules(fact)) {
      if (!r.resourceNames.length && grantsCore(r, ["secrets"], ["get", "list", "watch"]))
        out.push({ message: `${fact.kind} grants read access to secrets`, path: [...r.path, "resources"] });
    }
    return out;
  },
);
