import { getPath } from "../pod.js";
import { BINDING_KINDS, isBuiltInRbac } from "../rbac.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/cluster-admin-binding",
    title: "Nothing is bound to cluster-admin",
    severity: "high",
    pillar: "security",
    level: "baseline",
    kinds: BINDING_KINDS,
    rationale:
      "cluster-admin can do anything to any object, secrets included. Bindings to it (even inside a namespace through a RoleBinding) hand full control to a user, group or service account; the seeds list cluster-admin by default as a common AKS error. Use Entra ID groups with Azure RBAC roles and narrow Kubernetes roles.",
    remediation: {
      text: "Bind a narrower role (admin, edit, view or a custom Role); grant cluster administration through the Azure Kubernetes Service RBAC Cluster Admin role on an Entra ID group.",
      spec: "spec.identity.adminGroupObjectIds",
      yaml: "roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: edit",
    },
    sources: [S.s000CommonErrors, S.s003Rbac, S.k8sRbacGood, S.mlIdentity],
    equivalents: {
      polaris: [
        "clusterrolebindingClusterAdmin",
        "rolebindingClusterAdminClusterRole",
        "rolebindingClusterAdminRole",
      ],
      kubeLinter: ["cluster-admin-role-binding"],
      kyverno: ["restrict-binding-clusteradmin"],
    },
  },
  (fact) => {
    if (isBuiltInRbac(fact)) return undefined;
    if (getPath(fact.object, ["roleRef", "name"]) !== "cluster-admin") return undefined;
    return { message: `${fact.kind} grants cluster-admin`, path: ["roleRef", "name"] };
  },
);
