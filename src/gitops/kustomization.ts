/**
 * kustomize `kustomization.yaml` files (kubectl.docs.kubernetes.io/references/kustomize/kustomization):
 * the plain kustomize config that Flux's kustomize-controller builds before applying.
 */
import type { KubeObject } from "./types.js";

export interface KustomizePatch {
  target: { kind: string; name: string; namespace?: string; group?: string; version?: string };
  /** A strategic-merge or JSON6902 patch, inline. */
  patch: string;
}

export interface KustomizeImage {
  name: string;
  newTag?: string;
  digest?: string;
}

export interface KustomizeConfig extends KubeObject {
  apiVersion: "kustomize.config.k8s.io/v1beta1";
  kind: "Kustomization";
  resources: string[];
  patches?: KustomizePatch[];
  images?: KustomizeImage[];
  replicas?: { name: string; count: number }[];
  labels?: { pairs: Record<string, string>; includeSelectors: boolean; includeTemplates: boolean }[];
}

/** The `environment` label every object of an environment's overlay gets (pod templates too, for apps). */
export function environmentLabel(
  env: string,
  includeTemplates: boolean,
): NonNullable<KustomizeConfig["labels"]>[number] {
  return { pairs: { environment: env }, includeSelectors: false, includeTemplates };
}

export function kustomization(
  resources: string[],
  extra: Pick<KustomizeConfig, "patches" | "images" | "replicas"> = {},
): KustomizeConfig {
  return {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [...resources],
    ...(extra.patches && extra.patches.length > 0 ? { patches: extra.patches } : {}),
    ...(extra.images && extra.images.length > 0 ? { images: extra.images } : {}),
    ...(extra.replicas && extra.replicas.length > 0 ? { replicas: extra.replicas } : {}),
  };
}
