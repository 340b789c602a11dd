/**
 * `clusters/<env>/cluster-vars.yaml`: the ConfigMap `cluster-vars` in flux-system that maps every
 * deploy-time variable to `${VARIABLE}` (the contract in src/generate/deploy-values.ts): the
 * infrastructure's Flux configuration substitutes the real values when it applies `clusters/<env>`,
 * and the Kustomizations below read them with `postBuild.substituteFrom`.
 */
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import { deployValues } from "../../generate/deploy-values.js";
import type { ClusterModel } from "../../model/types.js";
import { FLUX_NAMESPACE } from "../layout.js";
import { platformLabels } from "../labels.js";

export const CLUSTER_VARS = "cluster-vars";

export function clusterVars(model: ClusterModel): IConfigMap {
  const data: Record<string, string> = {};
  for (const v of deployValues(model)) data[v.name] = `\${${v.name}}`;
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: CLUSTER_VARS, namespace: FLUX_NAMESPACE, labels: platformLabels(model) },
    data,
  };
}
