/**
 * The Flux Kustomizations of one cluster (fluxcd.io/flux/components/kustomize/kustomizations), in the
 * order Flux's own example reconciles them: infrastructure controllers, then infrastructure configs
 * (which need the controllers' CRDs), then apps. Each one prunes what leaves Git, waits for its objects
 * to become ready before dependants start, and reads the deploy-time values from `cluster-vars`.
 * The source is the GitRepository `platform` in flux-system that the AKS Flux extension creates for the
 * flux configuration of that name (docs/gitops.md shows the `flux bootstrap` variant).
 */
import type { ClusterModel } from "../../model/types.js";
import type { FluxKustomization } from "../flux-types.js";
import { FLUX_NAMESPACE, FLUX_SOURCE_NAME } from "../layout.js";
import { platformLabels } from "../labels.js";
import { CLUSTER_VARS } from "./cluster-vars.js";

export interface Stage {
  name: string;
  path: string;
  dependsOn: string[];
  timeout: string;
}

/** Whether Gatekeeper constraints need their own stage (applied after their templates). */
export function hasConstraintStage(model: ClusterModel): boolean {
  return model.settings.policy.engine === "gatekeeper";
}

export function stages(model: ClusterModel): { infrastructure: Stage[]; apps: Stage[] } {
  const env = model.environment;
  const infrastructure: Stage[] = [
    { name: "infra-controllers", path: `./infrastructure/controllers/${env}`, dependsOn: [], timeout: "10m" },
    {
      name: "infra-configs",
      path: `./infrastructure/configs/${env}`,
      dependsOn: ["infra-controllers"],
      timeout: "5m",
    },
  ];
  if (hasConstraintStage(model))
    infrastructure.push({
      name: "infra-constraints",
      path: `./infrastructure/constraints/${env}`,
      dependsOn: ["infra-configs"],
      timeout: "5m",
    });
  const apps: Stage[] = [
    {
      name: "apps",
      path: `./apps/${env}`,
      dependsOn: infrastructure.map((s) => s.name).filter((n) => n !== "infra-controllers"),
      timeout: "5m",
    },
  ];
  return { infrastructure, apps };
}

export function fluxKustomization(model: ClusterModel, stage: Stage): FluxKustomization {
  return {
    apiVersion: "kustomize.toolkit.fluxcd.io/v1",
    kind: "Kustomization",
    metadata: { name: stage.name, namespace: FLUX_NAMESPACE, labels: platformLabels(model) },
    spec: {
      interval: model.settings.gitops.interval,
      retryInterval: "2m",
      timeout: stage.timeout,
      path: stage.path,
      prune: true,
      wait: true,
      sourceRef: { kind: "GitRepository", name: FLUX_SOURCE_NAME, namespace: FLUX_NAMESPACE },
      ...(stage.dependsOn.length > 0 ? { dependsOn: stage.dependsOn.map((name) => ({ name })) } : {}),
      postBuild: { substituteFrom: [{ kind: "ConfigMap", name: CLUSTER_VARS }] },
    },
  };
}
