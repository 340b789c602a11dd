import { kubeIndex } from "../index-cache.js";
import { S } from "../sources.js";
import { SYSTEM_NAMESPACES } from "../pod.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "cross/resource-quota",
    title: "Namespaces have a ResourceQuota",
    severity: "medium",
    pillar: "cost",
    level: "production",
    kinds: ["Namespace"],
    rationale:
      "A ResourceQuota caps what one team's namespace can request, so a runaway deployment or a mis-sized HPA cannot starve the other teams or trigger unbounded node scale-out. The AKS baseline sets quotas on workload namespaces: namespaces whose Deployments, StatefulSets, Jobs or Pods are in the input (platform add-on namespaces installed by Helm are not judged).",
    remediation: {
      text: "Add a ResourceQuota with requests.cpu, requests.memory, limits and pods sized for the team.",
      spec: "spec.namespaces[].quota",
      yaml: 'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: quota\nspec:\n  hard:\n    requests.cpu: "4"\n    requests.memory: 8Gi\n    pods: "50"',
    },
    sources: [S.s003PodAvailability, S.s001Namespaces, S.k8sQuota],
    equivalents: {},
  },
  (fact, ctx) => {
    if (SYSTEM_NAMESPACES.has(fact.name)) return undefined;
    const index = kubeIndex(ctx.facts);
    if (!index.hasWorkloads(fact.name) || index.inNamespace("ResourceQuota", fact.name).length)
      return undefined;
    return { message: `namespace "${fact.name}" has no ResourceQuota`, path: ["metadata", "name"] };
  },
);
