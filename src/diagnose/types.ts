/** What `akskit diagnose` reports about one unhealthy object. */

/** The object a diagnosis is about. `namespace` is absent for cluster-scoped objects (nodes). */
export interface ObjectRef {
  kind: string;
  namespace?: string;
  name: string;
}

/** One observed fact: a field path in the object (or an event), and the value seen there. */
export interface Evidence {
  /** `status.containerStatuses[0].lastState.terminated.reason`, or `event Warning BackOff (x12)`. */
  field: string;
  value: string;
}

export interface Diagnosis {
  /** Stable kind of problem, e.g. `crashloop`, `oom-killed`, `image-pull-unauthorized`. */
  id: string;
  object: ObjectRef;
  /** One line: what is wrong. */
  summary: string;
  evidence: Evidence[];
  /** The likely cause, as sentences. */
  cause: string;
  /** Commands that confirm the cause (kubectl and az, as the seeds use them). */
  confirm: string[];
  /** Steps that fix it. */
  fix: string[];
  /** Where the advice comes from: seed and section, or upstream documentation. */
  source: string;
}

/** Facts about the AKS cluster the objects come from, used to fill in `az` commands. */
export interface ClusterContext {
  resourceGroup: string;
  clusterName: string;
  /** Node pools from `az aks show` when given: name → sizes. */
  pools: PoolInfo[];
}

export interface PoolInfo {
  name: string;
  count?: number;
  minCount?: number;
  maxCount?: number;
  enableAutoScaling?: boolean;
  vmSize?: string;
  maxPods?: number;
}

export const DEFAULT_CONTEXT: ClusterContext = {
  resourceGroup: "<resource-group>",
  clusterName: "<cluster>",
  pools: [],
};
