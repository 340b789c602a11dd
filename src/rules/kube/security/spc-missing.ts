import { mountedSpcs } from "../identity.js";
import { kubeIndex, namespaceInventoried } from "../index-cache.js";
import { namespaceOf } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { podRule } from "../templates.js";

export const rule = podRule(
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
  (pod, w, ctx) => {
    let out: Problem[] | undefined;
    const ns = namespaceOf(w);
    for (const m of mountedSpcs(pod)) {
      const index = kubeIndex(ctx.facts);
      if (
        index.get("SecretProviderClass", ns, m.name) ||
        !namespaceInventoried(index, "SecretProviderClass", ns)
      )
        continue;
      (out ??= []).push({
        message: `pod mounts SecretProviderClass "${m.name}", which is not in namespace "${ns}"`,
        path: m.path,
      });
    }
    return out;
  },
);
