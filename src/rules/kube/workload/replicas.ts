import { kubeIndex } from "../index-cache.js";
import { getPath, numAt } from "../pod.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "workload/replicas",
    title: "Deployments and StatefulSets run at least two replicas",
    severity: "medium",
    pillar: "reliability",
    level: "production",
    kinds: ["Deployment", "StatefulSet"],
    rationale:
      "A single replica means downtime on every node drain, upgrade, eviction or crash. The AKS baseline asks for multiple replicas to absorb hardware failures and planned updates.",
    remediation: {
      text: "Run at least two replicas (three across zones for critical services), or let an HPA with minReplicas of 2 or more own the count.",
      spec: "spec.workloads[].replicas.min",
      yaml: "spec:\n  replicas: 3",
    },
    sources: [S.s003PodAvailability, S.s001Scaling, S.k8sDeployment],
    equivalents: {
      polaris: ["deploymentMissingReplicas"],
      kubeScore: ["deployment-replicas"],
      kubeLinter: ["minimum-three-replicas"],
    },
  },
  (_pod, fact, ctx) => {
    if (kubeIndex(ctx.facts).hpasFor(fact).length) return undefined;
    const raw = getPath(fact.object, ["spec", "replicas"]);
    const replicas = raw === undefined ? 1 : numAt(raw);
    if (replicas === undefined || replicas === 0 || replicas >= 2) return undefined;
    return {
      message: `${fact.kind} runs ${replicas} replica${raw === undefined ? " (spec.replicas unset)" : ""}; run at least 2`,
      path: ["spec", "replicas"],
    };
  },
);
