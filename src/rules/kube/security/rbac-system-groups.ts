import { arrAt, isObj } from "../pod.js";
import { BINDING_KINDS, isBuiltInRbac } from "../rbac.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { objectRule } from "../templates.js";

const GROUPS = new Set(["system:anonymous", "system:unauthenticated", "system:authenticated"]);

export const rule = objectRule(
  {
    id: "security/rbac-system-groups",
    title: "Nothing is granted to anonymous or all authenticated users",
    severity: "critical",
    pillar: "security",
    level: "baseline",
    kinds: BINDING_KINDS,
    rationale:
      "system:anonymous and system:unauthenticated are anyone who reaches the API server; system:authenticated is every identity of the Entra ID tenant that can sign in. Bindings to them open the cluster far beyond its team.",
    remediation: {
      text: "Bind roles to specific Entra ID groups, users or service accounts instead of the system groups.",
      yaml: "subjects:\n  - kind: Group\n    apiGroup: rbac.authorization.k8s.io\n    name: <entra-group-object-id>",
    },
    sources: [S.s003Rbac, S.k8sRbacGood],
    equivalents: { kyverno: ["restrict-binding-system-groups"] },
  },
  (fact) => {
    if (isBuiltInRbac(fact)) return undefined;
    const out: Problem[] = [];
    arrAt(fact.object.subjects).forEach((s, i) => {
      if (isObj(s) && typeof s.name === "string" && (GROUPS.has(s.name) || s.name === "system:anonymous"))
        out.push({ message: `${fact.kind} grants ${s.name}`, path: ["subjects", i, "name"] });
    });
    return out;
  },
);
