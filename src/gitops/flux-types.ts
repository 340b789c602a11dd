/**
 * Flux object types. `@kubernetes-models/flux-cd` v2 models HelmRelease up to v2beta2 and HelmRepository up
 * to v1beta2; the GA versions (helm.toolkit.fluxcd.io/v2, source.toolkit.fluxcd.io/v1, Flux 2.3,
 * fluxcd.io/blog/2024/05/flux-v2.3.0) kept the same fields, so their types reuse the beta models with the
 * GA apiVersion.
 */
import type { IHelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2beta2/HelmRelease";
import type { IHelmRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1beta2/HelmRepository";
import type { IKustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1/Kustomization";

export type HelmReleaseV2 = Omit<IHelmRelease, "apiVersion"> & { apiVersion: "helm.toolkit.fluxcd.io/v2" };
export type HelmRepositoryV1 = Omit<IHelmRepository, "apiVersion"> & {
  apiVersion: "source.toolkit.fluxcd.io/v1";
};
export type FluxKustomization = IKustomization;
