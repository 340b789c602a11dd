import { kubeIndex } from "../index-cache.js";
import { S } from "../sources.js";
import { SYSTEM_NAMESPACES } from "../pod.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "cross/limit-range",
    title: "Namespaces have a LimitRange",
    severity: "low",
    pillar: "reliability",
    level: "production",
    kinds: ["Namespace"],
    rationale:
      "A LimitRange gives containers that forget requests and limits sane defaults; with a ResourceQuota on requests and limits, pods without them are otherwise rejected outright. Judged for workload namespaces, those whose workloads are in the input.",
    remediation: {
      text: "Add a LimitRange with defaultRequest and default values for containers.",
      spec: "spec.namespaces[].quota",
      yaml: "apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\nspec:\n  limits:\n    - type: Container\n      defaultRequest: { cpu: 100m, memory: 128Mi }\n      default: { cpu: 500m, memory: 512Mi }",
    },
    sources: [S.s003PodAvailability, S.k8sLimitRange],
    equivalents: {},
  },
  (fact, ctx) => {
    if (SYSTEM_NAMESPACES.has(fact.name)) return undefined;
    const index = kubeIndex(ctx.facts);
    if (!index.hasWorkloads(fact.name) || index.inNamespace("LimitRange", fact.name).length) return undefined;
    return { message: `namespace "${fact.name}" has no LimitRange`, path: ["metadata", "name"] };
  },
);
