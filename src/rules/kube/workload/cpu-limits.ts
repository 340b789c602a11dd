import type { KeyPath } from "../../../audit/facts.js";
import { getPath, POD_CONTAINERS } from "../pod.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

const LIMIT: KeyPath = ["resources", "limits", "cpu"];

export const rule = containerRule(
  {
    id: "workload/cpu-limits",
    title: "Containers set a CPU limit",
    severity: "low",
    pillar: "performance",
    level: "production",
    containers: POD_CONTAINERS,
    rationale:
      "A container without a CPU limit can use every idle core of its node, so its latency depends on its neighbours' idleness and a runaway process slows every pod on the node. The AKS baseline starts with requests equal to limits and tunes from there.",
    remediation: {
      text: "Set resources.limits.cpu on every container, at or above its request.",
      spec: "spec.workloads[].resources.cpuLimit",
      yaml: 'resources:\n  limits:\n    cpu: "1"',
    },
    sources: [S.s003PodAvailability, S.k8sResources, S.mlResources],
    equivalents: { polaris: ["cpuLimitsMissing"], kubeScore: ["container-resources"] },
  },
  (c) =>
    getPath(c.container, LIMIT)
      ? undefined
      : { message: "has no CPU limit (resources.limits.cpu)", at: LIMIT },
);
