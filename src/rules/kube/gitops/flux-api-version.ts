import type { KubeObjectFact } from "../../../audit/facts.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

/** Flux API versions that were deprecated and then removed from the controllers, with their GA replacement. */
const REPLACED: Record<string, string> = {
  "kustomize.toolkit.fluxcd.io/v1beta1": "kustomize.toolkit.fluxcd.io/v1",
  "kustomize.toolkit.fluxcd.io/v1beta2": "kustomize.toolkit.fluxcd.io/v1",
  "source.toolkit.fluxcd.io/v1beta1": "source.toolkit.fluxcd.io/v1",
  "source.toolkit.fluxcd.io/v1beta2": "source.toolkit.fluxcd.io/v1",
  "helm.toolkit.fluxcd.io/v2beta1": "helm.toolkit.fluxcd.io/v2",
  "helm.toolkit.fluxcd.io/v2beta2": "helm.toolkit.fluxcd.io/v2",
  "notification.toolkit.fluxcd.io/v1beta1": "notification.toolkit.fluxcd.io/v1beta3",
  "image.toolkit.fluxcd.io/v1beta1": "image.toolkit.fluxcd.io/v1beta2",
};

export const rule = crossRule(
  {
    id: "gitops/flux-api-version",
    title: "Flux objects use current API versions",
    severity: "medium",
    pillar: "operations",
    level: "production",
    rationale:
      "Flux removed its v1beta1/v2beta1 APIs (Flux 2.7) and is removing v1beta2/v2beta2; objects still written with them stop reconciling after a Flux upgrade, including the AKS microsoft.flux extension's automatic upgrades.",
    remediation: {
      text: "Rewrite the object with the GA apiVersion named in the finding (flux migrate can do it) and check the field changes in the Flux release notes.",
      yaml: "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization",
    },
    sources: [
      S.s002Flux,
      S.fluxKustomization,
      {
        title: "fluxcd/flux2 issue 5474: Remove v1beta1 and v2beta1 deprecated APIs",
        url: "https://github.com/fluxcd/flux2/issues/5474",
      },
    ],
    equivalents: {},
  },
  (ctx) => {
    const out: Problem[] = [];
    // An indexed loop: this one pass over every object mostly runs before it is optimized, where
    // for-of pays an iterator result per object.
    const objects = ctx.facts.kubeObjects;
    for (let i = 0; i < objects.length; i++) {
      const fact = objects[i] as KubeObjectFact;
      const to = REPLACED[fact.apiVersion];
      if (to)
        out.push({
          subject: fact,
          message: `${fact.apiVersion} ${fact.kind} is a removed Flux API; use ${to}`,
          path: ["apiVersion"],
        });
    }
    return out;
  },
);
