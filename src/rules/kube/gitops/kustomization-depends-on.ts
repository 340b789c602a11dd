import { kubeIndex } from "../index-cache.js";
import { arrAt, getPath, isObj, namespaceOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "gitops/kustomization-depends-on",
    title: "Flux Kustomization dependsOn names existing Kustomizations",
    severity: "high",
    pillar: "operations",
    level: "baseline",
    rationale:
      "Flux waits for every dependency to be ready before applying a Kustomization. A dependsOn entry naming a Kustomization that does not exist keeps the dependent one (often all workloads) from ever reconciling, with only a 'dependency not found' condition to show for it.",
    remediation: {
      text: "Fix the name (and namespace) in spec.dependsOn to match an existing Flux Kustomization, or remove the entry.",
      yaml: "spec:\n  dependsOn:\n    - name: platform",
    },
    sources: [S.s002Flux, S.s000Flux, S.fluxKustomization],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const k of index.ofKind("Kustomization")) {
      if (!k.apiVersion.startsWith("kustomize.toolkit.fluxcd.io/")) continue;
      arrAt(getPath(k.object, ["spec", "dependsOn"])).forEach((d, i) => {
        const name = isObj(d) ? strAt(d.name) : undefined;
        const ns = (isObj(d) ? strAt(d.namespace) : undefined) ?? namespaceOf(k);
        if (name && index.get("Kustomization", ns, name)) return;
        out.push({
          subject: k,
          message: `dependsOn names Kustomization "${ns}/${name ?? ""}", which is not in the input`,
          path: ["spec", "dependsOn", i, "name"],
        });
      });
    }
    return out;
  },
);
