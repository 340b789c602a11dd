import { kubeIndex } from "../index-cache.js";
import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "workload/job-ttl",
    title: "Jobs are cleaned up after they finish",
    severity: "low",
    pillar: "operations",
    level: "production",
    kinds: ["Job"],
    rationale:
      "Finished Jobs and their pods stay in the API server until someone deletes them, piling up objects and hiding the current run among old ones. CronJobs clean up through their history limits; standalone Jobs need ttlSecondsAfterFinished.",
    remediation: {
      text: "Set spec.ttlSecondsAfterFinished on Jobs that are not created by a CronJob.",
      yaml: "spec:\n  ttlSecondsAfterFinished: 86400",
    },
    sources: [S.k8sTtl],
    equivalents: { kubeLinter: ["job-ttl-seconds-after-finished"] },
  },
  (fact, ctx) => {
    if (getPath(fact.object, ["spec", "ttlSecondsAfterFinished"]) !== undefined) return undefined;
    if (kubeIndex(ctx.facts).isControlledByPresentOwner(fact)) return undefined;
    const owners = getPath(fact.object, ["metadata", "ownerReferences"]);
    if (Array.isArray(owners) && owners.length) return undefined;
    return { message: "Job does not set ttlSecondsAfterFinished", path: ["spec", "ttlSecondsAfterFinished"] };
  },
);
