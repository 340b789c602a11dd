/**
 * The shapes the GitOps builders produce: Kubernetes objects (typed through kubernetes-models or the
 * small interfaces in crds.ts) and the files that hold them.
 */
import type { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";

/** Any Kubernetes object: apiVersion, kind and metadata, plus its own fields. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata?: IObjectMeta;
}

/** A file of the GitOps repository before it is serialized: its path and the documents it holds. */
export interface ManifestFile {
  /** Path relative to the repository root (POSIX separators), e.g. `apps/base/orders/deployment.yaml`. */
  path: string;
  /** One or more Kubernetes objects (or one kustomize Kustomization), written as a multi-document file. */
  objects: KubeObject[];
}
