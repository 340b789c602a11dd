/**
 * Kyverno, the in-cluster policy engine of seed 002 "Security". Chart 3.7.2 (Kyverno 1.17.2, supports
 * Kubernetes 1.32–1.35 per kyverno.io/docs/installation/#compatibility-matrix) from kyverno.github.io/kyverno.
 * Three admission controller replicas is Kyverno's high-availability recommendation
 * (kyverno.io/docs/installation/methods/#high-availability-installation).
 */
import type { ClusterModel } from "../../model/types.js";
import { controllerReplicas, type HelmComponent } from "./helm.js";

export const KYVERNO_CHART = {
  repository: "kyverno",
  url: "https://kyverno.github.io/kyverno/",
  chart: "kyverno",
  version: "3.7.2",
} as const;

export function kyverno(model: ClusterModel): HelmComponent {
  const ha = controllerReplicas(model) > 1;
  return {
    name: "kyverno",
    namespace: "kyverno",
    podSecurity: "restricted",
    chart: { ...KYVERNO_CHART },
    purpose:
      "Admission policies: Pod Security, required labels, allowed registries, requests/limits, image tags and signatures.",
    values: {
      admissionController: { replicas: ha ? 3 : 1 },
      backgroundController: { replicas: ha ? 2 : 1 },
      cleanupController: { replicas: ha ? 2 : 1 },
      reportsController: { replicas: ha ? 2 : 1 },
    },
  };
}
