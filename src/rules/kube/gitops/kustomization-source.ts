import { kubeIndex } from "../index-cache.js";
import { getPath, namespaceOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "gitops/kustomization-source",
    title: "Flux Kustomizations reference an existing source",
    severity: "high",
    pillar: "operations",
    level: "baseline",
    rationale:
      "A Kustomization whose sourceRef names no GitRepository, OCIRepository or Bucket never reconciles. Judged when the input holds sources of that kind (the bootstrap source may live in another repository).",
    remediation: {
      text: "Point spec.sourceRef at the Flux source's kind, name and namespace.",
      yaml: "spec:\n  sourceRef:\n    kind: GitRepository\n    name: flux-system",
    },
    sources: [S.s002Flux, S.fluxKustomization],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const k of index.ofKind("Kustomization")) {
      if (!k.apiVersion.startsWith("kustomize.toolkit.fluxcd.io/")) continue;
      const kind = strAt(getPath(k.object, ["spec", "sourceRef", "kind"]));
      const name = strAt(getPath(k.object, ["spec", "sourceRef", "name"]));
      if (!kind || !name) {
        out.push({
          subject: k,
          message: "Flux Kustomization has no sourceRef kind and name",
          path: ["spec", "sourceRef"],
        });
        continue;
      }
      const ns = strAt(getPath(k.object, ["spec", "sourceRef", "namespace"])) ?? namespaceOf(k);
      if (!index.ofKind(kind).length || index.get(kind, ns, name)) continue;
      out.push({
        subject: k,
        message: `sourceRef names ${kind} "${ns}/${name}", which is not in the input`,
        path: ["spec", "sourceRef", "name"],
      });
    }
    return out;
  },
);
