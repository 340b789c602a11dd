import { getPath, show } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

const FIELD: Record<string, readonly string[]> = {
  Deployment: ["spec", "strategy", "type"],
  StatefulSet: ["spec", "updateStrategy", "type"],
  DaemonSet: ["spec", "updateStrategy", "type"],
};

export const rule = objectRule(
  {
    id: "workload/rolling-update",
    title: "Workloads update with a rolling strategy",
    severity: "low",
    pillar: "reliability",
    level: "production",
    kinds: ["Deployment", "StatefulSet", "DaemonSet"],
    rationale:
      "Recreate stops every pod before starting the new version, so each release is an outage; OnDelete leaves the new version unrolled until someone deletes pods by hand.",
    remediation: {
      text: "Use the RollingUpdate strategy (the default) with a maxUnavailable that keeps capacity.",
      yaml: "spec:\n  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxUnavailable: 0\n      maxSurge: 25%",
    },
    sources: [S.k8sDeployment, { title: "seed 003: Workload and cluster deployment strategies" }],
    equivalents: { kubeScore: ["deployment-strategy"], kubeLinter: ["no-rolling-update-strategy"] },
  },
  (fact) => {
    const path = FIELD[fact.kind];
    if (!path) return undefined;
    const type = getPath(fact.object, path);
    if (type === undefined || type === "RollingUpdate") return undefined;
    return { message: `${fact.kind} uses the ${show(type)} update strategy`, path };
  },
);
