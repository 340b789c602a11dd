import { mountedSpcs } from "../identity.js";
import { kubeIndex } from "../index-cache.js";
import { namespaceOf, podOf } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "security/spc-unused",
    title: "SecretProviderClasses are mounted by some pod",
    severity: "low",
    pillar: "operations",
    level: "production",
    rationale:
      "The CSI driver fetches Key Vault secrets only for pods that mount the SecretProviderClass. One nobody mounts is dead configuration, or the sign of a workload that reads its secrets some other way. Judged when the input holds workloads of that namespace.",
    remediation: {
      text: "Mount the SecretProviderClass in the workload that needs it (a csi volume with driver secrets-store.csi.k8s.io), or delete it.",
      spec: "spec.workloads[].secrets",
      yaml: "volumes:\n  - name: secrets-store\n    csi:\n      driver: secrets-store.csi.k8s.io\n      readOnly: true\n      volumeAttributes:\n        secretProviderClass: azure-kv-secrets",
    },
    sources: [S.s000KeyVaultCsi, S.mlCsi],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    if (!index.ofKind("SecretProviderClass").length) return undefined;
    const used = new Set<string>();
    const namespacesWithWorkloads = new Set<string>();
    for (const w of index.workloads) {
      const pod = podOf(w);
      if (!pod) continue;
      namespacesWithWorkloads.add(namespaceOf(w));
      for (const m of mountedSpcs(pod)) used.add(`${namespaceOf(w)}/${m.name}`);
    }
    const out: Problem[] = [];
    for (const spc of index.ofKind("SecretProviderClass")) {
      const ns = namespaceOf(spc);
      if (!namespacesWithWorkloads.has(ns) || used.has(`${ns}/${spc.name}`)) continue;
      out.push({
        subject: spc,
        message: `SecretProviderClass "${spc.name}" is not mounted by any pod in namespace "${ns}"`,
        path: ["metadata", "name"],
      });
    }
    return out;
  },
);
