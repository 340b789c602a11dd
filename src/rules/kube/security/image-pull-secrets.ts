import { arrAt, containersOf } from "../pod.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "security/image-pull-secrets",
    title: "Azure Container Registry pulls use the kubelet identity, not pull secrets",
    severity: "low",
    pillar: "security",
    level: "production",
    rationale:
      "imagePullSecrets for an Azure Container Registry mean a registry credential stored in the cluster and the pipeline, rotated by hand. The AKS baseline grants AcrPull to the kubelet managed identity instead, with nothing to leak or rotate.",
    remediation: {
      text: "Attach the registry to the cluster (az aks update --attach-acr, or an AcrPull role assignment for the kubelet identity) and remove imagePullSecrets.",
      spec: "spec.registry",
      yaml: "spec:\n  # imagePullSecrets: removed; the kubelet identity has AcrPull",
    },
    sources: [{ title: "seed 003: AKS access to Azure" }, S.mlAcr],
    equivalents: {},
  },
  (pod) => {
    if (!arrAt(pod.spec.imagePullSecrets).length) return undefined;
    const acr = containersOf(pod).some((c) => c.image?.registry.endsWith(".azurecr.io"));
    if (!acr) return undefined;
    return {
      message: "pod pulls from Azure Container Registry with imagePullSecrets",
      path: [...pod.specPath, "imagePullSecrets"],
    };
  },
);
