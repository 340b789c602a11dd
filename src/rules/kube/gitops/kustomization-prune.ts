import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "gitops/kustomization-prune",
    title: "Flux Kustomizations prune removed objects",
    severity: "medium",
    pillar: "operations",
    level: "production",
    kinds: ["Kustomization"],
    rationale:
      "Without prune: true, deleting a manifest from Git leaves the object running in the cluster: the repository stops being the source of truth and removed Services, RoleBindings or NetworkPolicy exceptions stay in force.",
    remediation: {
      text: "Set spec.prune: true on every Flux Kustomization.",
      spec: "spec.gitops",
      yaml: "spec:\n  prune: true",
    },
    sources: [S.s002Flux, S.s000Flux, S.fluxKustomization],
    equivalents: {},
  },
  (fact) => {
    if (!fact.apiVersion.startsWith("kustomize.toolkit.fluxcd.io/")) return undefined;
    return getPath(fact.object, ["spec", "prune"]) === true
      ? undefined
      : { message: "Flux Kustomization does not set prune: true", path: ["spec", "prune"] };
  },
);
