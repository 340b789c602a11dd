import { kubeIndex, namespaceInventoried } from "../index-cache.js";
import { namespaceOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "security/service-account-exists",
    title: "Pods use a ServiceAccount that exists",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "A pod naming a ServiceAccount that does not exist is rejected at admission, so the workload never starts. Judged when the input holds the Namespace or ServiceAccounts of the pod's namespace.",
    remediation: {
      text: "Create the ServiceAccount in the workload's namespace or fix serviceAccountName.",
      yaml: "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: api-gateway\n  namespace: payments",
    },
    sources: [S.k8sServiceAccounts, S.s002WorkloadIdentity],
    equivalents: { kubeLinter: ["non-existent-service-account"] },
  },
  (pod, w, ctx) => {
    const name = strAt(pod.spec.serviceAccountName);
    if (!name || name === "default") return undefined;
    const index = kubeIndex(ctx.facts);
    const ns = namespaceOf(w);
    if (!namespaceInventoried(index, "ServiceAccount", ns) || index.get("ServiceAccount", ns, name))
      return undefined;
    return {
      message: `ServiceAccount "${name}" is not in namespace "${ns}"`,
      path: [...pod.specPath, "serviceAccountName"],
    };
  },
);
