import type { Facts } from "../../../audit/facts.js";
import type { Rule } from "../../types.js";
import { DEFAULT_ALLOWED_REGISTRIES, imageAllowed } from "../images.js";
import { kubeIndex } from "../index-cache.js";
import { arrAt, containerNoun, containersOf, getPath } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { podRule } from "../templates.js";

const fromConstraints = new WeakMap<Facts, readonly string[]>();

/**
 * Registries named by Gatekeeper K8sAllowedRepos constraints in the input (`spec.parameters.repos`,
 * what Azure Policy's "allowed container images" assignment deploys), computed once per Facts.
 */
function constraintRegistries(facts: Facts): readonly string[] {
  let list = fromConstraints.get(facts);
  if (!list) {
    const out: string[] = [];
    for (const c of kubeIndex(facts).ofKind("K8sAllowedRepos"))
      for (const r of arrAt(getPath(c.object, ["spec", "parameters", "repos"])))
        if (typeof r === "string") out.push(r);
    list = out;
    fromConstraints.set(facts, list);
  }
  return list;
}

/**
 * The rule with an explicit allowlist (e.g. the spec's `policy.allowedRegistries`). Without one it
 * uses the K8sAllowedRepos constraints found in the input, else `*.azurecr.io` and `mcr.microsoft.com`.
 * Patterns: a registry host (`mcr.microsoft.com`), a wildcard host (`*.azurecr.io`) or a prefix with a
 * slash (`contosoacr.azurecr.io/payments/`).
 */
export function createAllowedRegistriesRule(allowed?: readonly string[]): Rule {
  return podRule(
    {
      id: "security/allowed-registries",
      title: "Images come from allowed registries",
      severity: "high",
      pillar: "security",
      level: "production",
      rationale:
        "Images from public registries are subject to tampering, typosquatting, rate limits and outages, and bypass the scanning and access control of your own registry. The AKS baseline pulls only from its Azure Container Registry and enforces that with policy. The allowlist comes from the spec, from K8sAllowedRepos constraints in the input, or defaults to *.azurecr.io and mcr.microsoft.com.",
      remediation: {
        text: "Import the image into your Azure Container Registry (az acr import) and reference it from there; list extra registries in spec.policy.allowedRegistries.",
        spec: "spec.policy.allowedRegistries",
        yaml: "image: contosoacr.azurecr.io/library/nginx:1.27.3",
      },
      sources: [S.s003Images, S.s003Policy, S.s002Security, S.mlAcr],
      equivalents: { kyverno: ["restrict-image-registries"] },
    },
    (pod, _fact, ctx) => {
      const fromInput = allowed ? [] : constraintRegistries(ctx.facts);
      const patterns = allowed ?? (fromInput.length ? fromInput : DEFAULT_ALLOWED_REGISTRIES);
      const out: Problem[] = [];
      for (const c of containersOf(pod)) {
        const image = c.imageText;
        if (image && !imageAllowed(image, patterns, c.image))
          out.push({
            message: `${containerNoun(c)} "${c.name}" image "${image}" is not from an allowed registry`,
            path: [...c.path, "image"],
          });
      }
      return out;
    },
  );
}

export const rule = createAllowedRegistriesRule();
