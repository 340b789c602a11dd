import { S } from "../sources.js";
import { podFieldRule } from "../templates.js";

export const rule = podFieldRule({
  id: "workload/priority-class",
  title: "Pods set a priorityClassName",
  severity: "low",
  pillar: "reliability",
  level: "regulated",
  field: ["priorityClassName"],
  ok: (v) => typeof v === "string" && v !== "",
  message: () => "pod does not set priorityClassName",
  rationale:
    "When a cluster is full the scheduler preempts lower-priority pods to place higher-priority ones. Without priority classes a batch job can keep a critical service from rescheduling after a node failure.",
  remediation: {
    text: "Define PriorityClasses for your service tiers and set priorityClassName on every workload.",
    yaml: "spec:\n  priorityClassName: business-critical",
  },
  sources: [S.s003PodAvailability, S.k8sPriority, S.mlResources],
  equivalents: { polaris: ["priorityClassNotSet"] },
});
