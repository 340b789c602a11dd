import type { KeyPath } from "../../../audit/facts.js";
import { getPath, POD_CONTAINERS } from "../pod.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

const LIMIT: KeyPath = ["resources", "limits", "memory"];

export const rule = containerRule(
  {
    id: "workload/memory-limits",
    title: "Containers set a memory limit",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    containers: POD_CONTAINERS,
    rationale:
      "A container without a memory limit can grow until the node runs out of memory, and then the kernel kills processes of other pods too. With a limit only the leaking container is OOM-killed and restarted.",
    remediation: {
      text: "Set resources.limits.memory on every container; raise it when the container is OOMKilled.",
      spec: "spec.workloads[].resources.memoryLimit",
      yaml: "resources:\n  limits:\n    memory: 1Gi",
    },
    sources: [S.s003PodAvailability, S.s000Troubleshooting, S.k8sResources, S.mlResources],
    equivalents: {
      polaris: ["memoryLimitsMissing"],
      kubeScore: ["container-resources"],
      kubeLinter: ["unset-memory-requirements"],
      kyverno: ["require-requests-limits"],
    },
  },
  (c) =>
    getPath(c.container, LIMIT)
      ? undefined
      : { message: "has no memory limit (resources.limits.memory)", at: LIMIT },
);
