import { getPath, POD_CONTAINERS } from "../pod.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "workload/ephemeral-storage",
    title: "Containers request and limit ephemeral storage",
    severity: "low",
    pillar: "reliability",
    level: "regulated",
    containers: POD_CONTAINERS,
    rationale:
      "Logs, emptyDir volumes and writable layers share the node's OS disk. A container without an ephemeral-storage limit can fill it and get every pod on the node evicted; without a request the scheduler ignores its disk needs.",
    remediation: {
      text: "Set resources.requests.ephemeral-storage and resources.limits.ephemeral-storage on every container.",
      spec: "spec.workloads[].resources",
      yaml: "resources:\n  requests:\n    ephemeral-storage: 256Mi\n  limits:\n    ephemeral-storage: 1Gi",
    },
    sources: [S.s003PodAvailability, S.k8sResources, S.mlResources],
    equivalents: { kubeScore: ["container-ephemeral-storage-request-and-limit"] },
  },
  (c) => {
    const out = [];
    if (getPath(c.container, ["resources", "requests", "ephemeral-storage"]) === undefined)
      out.push({
        message: "has no ephemeral-storage request",
        at: ["resources", "requests", "ephemeral-storage"],
      });
    if (getPath(c.container, ["resources", "limits", "ephemeral-storage"]) === undefined)
      out.push({
        message: "has no ephemeral-storage limit",
        at: ["resources", "limits", "ephemeral-storage"],
      });
    return out;
  },
);
