import { kubeIndex } from "../index-cache.js";
import { minReplicas } from "../replicas.js";
import { S } from "../sources.js";
import { HOSTNAME_KEY, spreadsOver } from "../spread.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "workload/host-spread",
    title: "Replicas are spread across nodes",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    kinds: ["Deployment", "StatefulSet"],
    rationale:
      "Without pod anti-affinity or a topology spread constraint on kubernetes.io/hostname the scheduler may put every replica on one node, and that node's failure or drain takes them all down.",
    remediation: {
      text: "Add a topologySpreadConstraint (or a preferred podAntiAffinity term) on kubernetes.io/hostname selecting the workload's own pods.",
      yaml: "topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: kubernetes.io/hostname\n    whenUnsatisfiable: ScheduleAnyway\n    labelSelector:\n      matchLabels:\n        app.kubernetes.io/name: api-gateway",
    },
    sources: [S.s003PodAvailability, S.k8sAffinity, S.k8sTopologySpread],
    equivalents: {
      kubeScore: ["deployment-has-host-podantiaffinity", "statefulset-has-host-podantiaffinity"],
      kubeLinter: ["no-anti-affinity"],
    },
  },
  (pod, fact, ctx) => {
    const min = minReplicas(fact, kubeIndex(ctx.facts));
    if (min === undefined || min < 2 || spreadsOver(pod, HOSTNAME_KEY)) return undefined;
    return {
      message: `${fact.kind} runs ${min} replicas with no anti-affinity or topology spread on ${HOSTNAME_KEY}`,
      path: [...pod.specPath, "topologySpreadConstraints"],
    };
  },
);
