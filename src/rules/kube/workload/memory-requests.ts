import type { KeyPath } from "../../../audit/facts.js";
import { getPath, POD_CONTAINERS } from "../pod.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

const REQUEST: KeyPath = ["resources", "requests", "memory"];
const LIMIT: KeyPath = ["resources", "limits", "memory"];

export const rule = containerRule(
  {
    id: "workload/memory-requests",
    title: "Containers request memory",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    containers: POD_CONTAINERS,
    rationale:
      "Without a memory request the scheduler overcommits the node; under memory pressure the kubelet evicts pods without requests first and the node may OOM-kill neighbours.",
    remediation: {
      text: "Set resources.requests.memory on every container, sized from observed usage.",
      spec: "spec.workloads[].resources.memory",
      yaml: "resources:\n  requests:\n    memory: 512Mi",
    },
    sources: [S.s003PodAvailability, S.s001Scaling, S.k8sResources, S.mlResources],
    equivalents: {
      polaris: ["memoryRequestsMissing"],
      kubeScore: ["container-resources"],
      kubeLinter: ["unset-memory-requirements"],
      kyverno: ["require-requests-limits"],
    },
  },
  (c) =>
    (getPath(c.container, REQUEST) ?? getPath(c.container, LIMIT))
      ? undefined
      : {
          message: "has no memory request (resources.requests.memory)",
          at: REQUEST,
        },
);
