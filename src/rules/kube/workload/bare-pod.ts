import { arrAt, getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "workload/bare-pod",
    title: "Pods are managed by a controller",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    kinds: ["Pod"],
    rationale:
      "A Pod created directly is not recreated when its node fails, is drained or is upgraded; it simply disappears. Deployments, StatefulSets, DaemonSets and Jobs recreate their pods.",
    remediation: {
      text: "Wrap the pod spec in a Deployment (long-running), a Job (run to completion) or a DaemonSet (per node).",
      yaml: "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 2\n  template:\n    spec: ...",
    },
    sources: [S.s003PodAvailability, S.k8sDeployment],
    equivalents: {},
  },
  (fact) =>
    arrAt(getPath(fact.object, ["metadata", "ownerReferences"])).length
      ? undefined
      : { message: "Pod has no owning controller", path: ["metadata", "ownerReferences"] },
);
