import type { KeyPath } from "../../../audit/facts.js";
import { getPath, POD_CONTAINERS } from "../pod.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

const REQUEST: KeyPath = ["resources", "requests", "cpu"];
const LIMIT: KeyPath = ["resources", "limits", "cpu"];

export const rule = containerRule(
  {
    id: "workload/cpu-requests",
    title: "Containers request CPU",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    containers: POD_CONTAINERS,
    rationale:
      "The scheduler places pods by their requests. A container without a CPU request is scheduled as if it needed nothing, lands on crowded nodes and is the first to be starved; HPA CPU utilization targets cannot be computed without it.",
    remediation: {
      text: "Set resources.requests.cpu on every container, sized from load tests.",
      spec: "spec.workloads[].resources.cpu",
      yaml: "resources:\n  requests:\n    cpu: 250m",
    },
    sources: [S.s003PodAvailability, S.s001Scaling, S.k8sResources, S.mlResources],
    equivalents: {
      polaris: ["cpuRequestsMissing"],
      kubeScore: ["container-resources"],
      kubeLinter: ["unset-cpu-requirements"],
      kyverno: ["require-requests-limits"],
    },
  },
  (c) =>
    (getPath(c.container, REQUEST) ?? getPath(c.container, LIMIT))
      ? undefined
      : { message: "has no CPU request (resources.requests.cpu)", at: REQUEST },
);
