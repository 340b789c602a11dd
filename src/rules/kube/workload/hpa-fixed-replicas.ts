import { kubeIndex } from "../index-cache.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "workload/hpa-fixed-replicas",
    title: "Workloads scaled by an HPA leave spec.replicas unset",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    kinds: ["Deployment", "StatefulSet"],
    rationale:
      "When an HPA owns the replica count, a spec.replicas in the manifest fights it: every apply or GitOps reconcile resets the count to the fixed value, scaling a loaded service down until the HPA reacts again.",
    remediation: {
      text: "Remove spec.replicas from workloads that an HorizontalPodAutoscaler targets; set the floor with the HPA's minReplicas.",
      spec: "spec.workloads[].replicas",
      yaml: "spec:\n  # replicas: omitted, the HPA owns it\n  selector: ...",
    },
    sources: [S.s003Hpa, S.k8sHpa],
    equivalents: { kubeScore: ["deployment-targeted-by-hpa-does-not-have-replicas-configured"] },
  },
  (_pod, fact, ctx) => {
    const spec = fact.object.spec as Record<string, unknown>;
    if (spec.replicas === undefined) return undefined;
    const hpas = kubeIndex(ctx.facts).hpasFor(fact);
    if (!hpas.length) return undefined;
    return {
      message: `${fact.kind} sets spec.replicas while HPA "${hpas[0]!.name}" scales it`,
      path: ["spec", "replicas"],
    };
  },
);
