import { isBuiltInRbac, policyRules, ROLE_KINDS } from "../rbac.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { objectRule } from "../templates.js";

const WORKLOAD_RESOURCES = [
  "pods",
  "deployments",
  "statefulsets",
  "replicasets",
  "daemonsets",
  "jobs",
  "cronjobs",
  "replicationcontrollers",
];

export const rule = objectRule(
  {
    id: "security/rbac-create-pods",
    title: "Roles do not create workloads outside GitOps",
    severity: "low",
    pillar: "security",
    level: "regulated",
    kinds: ROLE_KINDS,
    rationale:
      "Whoever can create pods can run any image with any service account of the namespace and read every secret that account can mount. On a GitOps platform only the Flux controllers should create workloads.",
    remediation: {
      text: "Remove create on pods and workload controllers; deploy through the GitOps repository.",
      yaml: 'rules:\n  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "watch"]',
    },
    sources: [S.k8sRbacGood, S.s002Flux],
    equivalents: { kubeLinter: ["access-to-create-pods"] },
  },
  (fact) => {
    if (isBuiltInRbac(fact)) return undefined;
    const out: Problem[] = [];
    for (const r of policyRules(fact)) {
      const verb = r.verbs.some((v) => v === "create" || v === "*");
      const res = r.resources.find((x) => x === "*" || WORKLOAD_RESOURCES.includes(x));
      if (verb && res)
        out.push({ message: `${fact.kind} grants create on ${res}`, path: [...r.path, "verbs"] });
    }
    return out;
  },
);
