import { getPath } from "../pod.js";
import { parseSelector, selectorMatches } from "../selectors.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "workload/mismatching-selector",
    title: "Workload selectors match their pod template labels",
    severity: "high",
    pillar: "reliability",
    level: "baseline",
    kinds: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"],
    rationale:
      "The API server rejects a controller whose selector does not match its own pod template; a selector that is too broad also adopts other workloads' pods.",
    remediation: {
      text: "Make spec.selector.matchLabels a subset of spec.template.metadata.labels.",
      yaml: "spec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: api-gateway\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: api-gateway",
    },
    sources: [S.s001Workloads, S.k8sDeployment, S.k8sLabels],
    equivalents: { kubeLinter: ["mismatching-selector"] },
  },
  (pod, fact) => {
    const raw = getPath(fact.object, ["spec", "selector"]);
    const selector = parseSelector(raw);
    if (!selector) return { message: `${fact.kind} has no spec.selector`, path: ["spec", "selector"] };
    if (selectorMatches(selector, pod.labels)) return undefined;
    return {
      message: `${fact.kind} selector does not match its pod template labels`,
      path: ["spec", "selector"],
    };
  },
);
