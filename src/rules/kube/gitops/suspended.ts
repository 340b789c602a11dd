import { getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "gitops/suspended",
    title: "Flux objects in Git are not suspended",
    severity: "low",
    pillar: "operations",
    level: "production",
    kinds: ["Kustomization", "HelmRelease", "GitRepository", "HelmRepository", "OCIRepository"],
    rationale:
      "A suspended Flux object stops reconciling: fixes merged to Git do not reach the cluster and drift is not corrected. Suspension is an incident tool (flux suspend), not a state to commit.",
    remediation: {
      text: "Remove spec.suspend from the manifest; suspend temporarily with flux suspend during an incident.",
      yaml: "spec:\n  suspend: false",
    },
    sources: [S.s002Flux, S.fluxKustomization],
    equivalents: {},
  },
  (fact) => {
    if (!fact.apiVersion.includes(".toolkit.fluxcd.io/")) return undefined;
    return getPath(fact.object, ["spec", "suspend"]) === true
      ? { message: `${fact.kind} is suspended (spec.suspend: true)`, path: ["spec", "suspend"] }
      : undefined;
  },
);
