import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "workload/cronjob-deadline",
    title: "CronJobs set startingDeadlineSeconds",
    severity: "low",
    pillar: "reliability",
    level: "production",
    kinds: ["CronJob"],
    rationale:
      "Without startingDeadlineSeconds a CronJob that missed more than 100 schedules (controller down, cluster upgrade) stops being scheduled at all; with it, missed runs older than the deadline are skipped and the schedule resumes.",
    remediation: {
      text: "Set spec.startingDeadlineSeconds to how late a run may still start.",
      yaml: "spec:\n  startingDeadlineSeconds: 300",
    },
    sources: [S.k8sCronJob],
    equivalents: { kubeScore: ["cronjob-has-deadline"] },
  },
  (fact) =>
    getPath(fact.object, ["spec", "startingDeadlineSeconds"]) === undefined
      ? { message: "CronJob does not set startingDeadlineSeconds", path: ["spec", "startingDeadlineSeconds"] }
      : undefined,
);
