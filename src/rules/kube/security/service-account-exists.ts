import { kubeIndex, namespaceInventoried } from "../index-cache.js";
import { namespaceOf, podOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
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
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const w of index.workloads) {
      const pod = podOf(w);
      const name = strAt(pod?.spec.serviceAccountName);
      if (!pod || !name || name === "default") continue;
      const ns = namespaceOf(w);
      if (!namespaceInventoried(index, "ServiceAccount", ns) || index.get("ServiceAccount", ns, name))
        continue;
      out.push({
        subject: w,
        message: `ServiceAccount "${name}" is not in namespace "${ns}"`,
        path: [...pod.specPath, "serviceAccountName"],
      });
    }
    return out;
  },
);
