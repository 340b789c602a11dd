import { show } from "../pod.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "workload/restart-policy",
    title: "Jobs and CronJobs set restartPolicy OnFailure or Never",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    kinds: ["Job", "CronJob"],
    rationale:
      "A Job's pods must state what happens when they fail; the API rejects restartPolicy Always (the pod default) for Jobs, so a template without OnFailure or Never does not deploy.",
    remediation: {
      text: "Set restartPolicy: OnFailure (retry in place) or Never (a new pod per retry) in the job's pod template.",
      yaml: "template:\n  spec:\n    restartPolicy: OnFailure",
    },
    sources: [S.k8sJob],
    equivalents: { kubeScore: ["cronjob-restartpolicy"], kubeLinter: ["restart-policy"] },
  },
  (pod, fact) => {
    const policy = pod.spec.restartPolicy;
    if (policy === "OnFailure" || policy === "Never") return undefined;
    return {
      message: `${fact.kind} pod template has restartPolicy ${policy === undefined ? "unset (Always)" : show(policy)}`,
      path: [...pod.specPath, "restartPolicy"],
    };
  },
);
