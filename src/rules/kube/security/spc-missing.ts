import { mountedSpcs } from "../identity.js";
import { kubeIndex, namespaceInventoried } from "../index-cache.js";
import { namespaceOf, podOf } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "security/spc-missing",
    title: "Pods mount SecretProviderClasses that exist",
    severity: "high",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "A pod whose CSI volume names a SecretProviderClass that does not exist in its namespace stays in ContainerCreating with a mount error. Judged when the input holds the Namespace or SecretProviderClasses of that namespace.",
    remediation: {
      text: "Create the SecretProviderClass in the pod's namespace or fix volumeAttributes.secretProviderClass.",
      spec: "spec.workloads[].secrets",
      yaml: "apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: azure-kv-secrets\n  namespace: payments\nspec:\n  provider: azure",
    },
    sources: [S.s000KeyVaultCsi, S.mlCsi],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const w of index.workloads) {
      const pod = podOf(w);
      if (!pod) continue;
      const ns = namespaceOf(w);
      for (const m of mountedSpcs(pod)) {
        if (
          index.get("SecretProviderClass", ns, m.name) ||
          !namespaceInventoried(index, "SecretProviderClass", ns)
        )
          continue;
        out.push({
          subject: w,
          message: `pod mounts SecretProviderClass "${m.name}", which is not in namespace "${ns}"`,
          path: m.path,
        });
      }
    }
    return out;
  },
);
