/** `clusters/<env>/`: what the cluster's Flux configuration applies first. */
import type { ClusterModel } from "../../model/types.js";
import { kustomization } from "../kustomization.js";
import type { KubeObject, ManifestFile } from "../types.js";
import { clusterVars } from "./cluster-vars.js";
import { fluxKustomization, stages } from "./kustomizations.js";

export function clusterFiles(model: ClusterModel, root: string): ManifestFile[] {
  const dir = `${root}/clusters/${model.environment}`;
  const s = stages(model);
  return [
    {
      path: `${dir}/kustomization.yaml`,
      objects: [kustomization(["cluster-vars.yaml", "infrastructure.yaml", "apps.yaml"])],
    },
    { path: `${dir}/cluster-vars.yaml`, objects: [clusterVars(model)] },
    {
      path: `${dir}/infrastructure.yaml`,
      objects: s.infrastructure.map((st) => fluxKustomization(model, st) as KubeObject),
    },
    { path: `${dir}/apps.yaml`, objects: s.apps.map((st) => fluxKustomization(model, st) as KubeObject) },
  ];
}
