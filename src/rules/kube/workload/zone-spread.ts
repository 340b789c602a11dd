import { kubeIndex } from "../index-cache.js";
import { minReplicas } from "../replicas.js";
import { S } from "../sources.js";
import { ZONE_KEY, spreadsOver } from "../spread.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "workload/zone-spread",
    title: "Replicas are spread across availability zones",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    kinds: ["Deployment", "StatefulSet"],
    rationale:
      "Zone-redundant node pools only help if the replicas land in different zones. A topology spread constraint on topology.kubernetes.io/zone keeps a zone outage from taking every replica.",
    remediation: {
      text: "Add a topologySpreadConstraint on topology.kubernetes.io/zone selecting the workload's own pods.",
      yaml: "topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: topology.kubernetes.io/zone\n    whenUnsatisfiable: ScheduleAnyway\n    labelSelector:\n      matchLabels:\n        app.kubernetes.io/name: api-gateway",
    },
    sources: [
      { title: "seed 003: Availability zones and multi-region support" },
      S.k8sTopologySpread,
      S.mlReliability,
    ],
    equivalents: { polaris: ["topologySpreadConstraint"] },
  },
  (pod, fact, ctx) => {
    const min = minReplicas(fact, kubeIndex(ctx.facts));
    if (min === undefined || min < 2 || spreadsOver(pod, ZONE_KEY)) return undefined;
    return {
      message: `${fact.kind} runs ${min} replicas with no topology spread over ${ZONE_KEY}`,
      path: [...pod.specPath, "topologySpreadConstraints"],
    };
  },
);
