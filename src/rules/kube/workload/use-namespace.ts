import type { KubeObjectFact } from "../../../audit/facts.js";
import { isClusterScoped } from "../index-cache.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

const CHECKED = new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "Job",
  "CronJob",
  "Pod",
  "Service",
  "Ingress",
  "ConfigMap",
  "Secret",
  "ServiceAccount",
  "HorizontalPodAutoscaler",
  "PodDisruptionBudget",
  "NetworkPolicy",
  "Role",
  "RoleBinding",
  "PersistentVolumeClaim",
  "SecretProviderClass",
]);

export const rule = crossRule(
  {
    id: "workload/use-namespace",
    title: "Workloads run in a dedicated namespace",
    severity: "low",
    pillar: "operations",
    level: "production",
    rationale:
      "The default namespace has no quota, no network policy and no team ownership; objects without a namespace land wherever the kubectl context points. Namespaces carry the isolation, quotas and RBAC of each team.",
    remediation: {
      text: "Set metadata.namespace to the team's namespace on every namespaced object (or let kustomize set it).",
      spec: "spec.workloads[].namespace",
      yaml: "metadata:\n  namespace: payments",
    },
    sources: [S.s001Namespaces, S.k8sNamespaces, S.mlIsolation],
    equivalents: { kubeLinter: ["use-namespace"], kyverno: ["disallow-default-namespace"] },
  },
  (ctx) => {
    const out: Problem[] = [];
    // An indexed loop: this one pass over every object mostly runs before it is optimized, where
    // for-of pays an iterator result per object.
    const objects = ctx.facts.kubeObjects;
    for (let i = 0; i < objects.length; i++) {
      const fact = objects[i] as KubeObjectFact;
      if (!CHECKED.has(fact.kind) || isClusterScoped(fact.kind)) continue;
      if (fact.namespace === undefined)
        out.push({
          subject: fact,
          message: `${fact.kind} has no metadata.namespace`,
          path: ["metadata", "namespace"],
        });
      else if (fact.namespace === "default")
        out.push({
          subject: fact,
          message: `${fact.kind} is in the default namespace`,
          path: ["metadata", "namespace"],
        });
    }
    return out;
  },
);
