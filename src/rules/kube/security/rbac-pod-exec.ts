import { isBuiltInRbac, policyRules, ROLE_KINDS } from "../rbac.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/rbac-pod-exec",
    title: "Roles do not grant exec or attach into pods",
    severity: "medium",
    pillar: "security",
    level: "production",
    kinds: ROLE_KINDS,
    rationale:
      "pods/exec and pods/attach give a shell inside running containers: their mounted secrets, tokens and network position. Keep it to break-glass access granted just in time.",
    remediation: {
      text: "Remove create/get on pods/exec and pods/attach from standing roles; grant it through a time-bound (PIM) Entra ID group.",
      yaml: 'rules:\n  - apiGroups: [""]\n    resources: ["pods", "pods/log"]\n    verbs: ["get", "list"]',
    },
    sources: [S.s000CommonErrors, S.s003Rbac, S.k8sRbacGood, S.mlIdentity],
    equivalents: {
      polaris: [
        "clusterrolePodExecAttach",
        "rolePodExecAttach",
        "clusterrolebindingPodExecAttach",
        "rolebindingClusterRolePodExecAttach",
        "rolebindingRolePodExecAttach",
      ],
    },
  },
  (fact) => {
    if (isBuiltInRbac(fact)) return undefined;
    const out: Problem[] = [];
    for (const r of policyRules(fact)) {
      const res = r.resources.find(
        (x) => x === "pods/exec" || x === "pods/attach" || x === "*" || x === "pods/*",
      );
      if (res && r.verbs.some((v) => v === "create" || v === "get" || v === "*"))
        out.push({
          message: `${fact.kind} grants ${res === "*" ? "every resource including pods/exec" : res}`,
          path: [...r.path, "resources"],
        });
    }
    return out;
  },
);
