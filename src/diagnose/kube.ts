/**
 * The parts of Kubernetes objects that diagnosis reads, as they appear in `kubectl get -o json`.
 * Every field is optional: real dumps omit empty fields, and diagnosis must never throw on them.
 */

export interface Meta {
  name?: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { kind?: string; name?: string }[];
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: Meta;
}

export interface ResourceRequirements {
  requests?: Record<string, string>;
  limits?: Record<string, string>;
}

export interface Probe {
  httpGet?: { path?: string; port?: number | string; scheme?: string };
  tcpSocket?: { port?: number | string };
  exec?: { command?: string[] };
  grpc?: { port?: number };
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  failureThreshold?: number;
}

export interface EnvVar {
  name?: string;
  valueFrom?: {
    secretKeyRef?: { name?: string; key?: string; optional?: boolean };
    configMapKeyRef?: { name?: string; key?: string; optional?: boolean };
  };
}

export interface Container {
  name?: string;
  image?: string;
  resources?: ResourceRequirements;
  ports?: { containerPort?: number; name?: string }[];
  env?: EnvVar[];
  envFrom?: { secretRef?: { name?: string }; configMapRef?: { name?: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
}

export interface Volume {
  name?: string;
  persistentVolumeClaim?: { claimName?: string };
  csi?: { driver?: string; volumeAttributes?: Record<string, string> };
  secret?: { secretName?: string };
  configMap?: { name?: string };
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}

export interface NodeSelectorTerm {
  matchExpressions?: { key?: string; operator?: string; values?: string[] }[];
}

export interface ContainerStateDetail {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; exitCode?: number; message?: string; signal?: number; finishedAt?: string };
}

export interface ContainerStatus {
  name?: string;
  image?: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  state?: ContainerStateDetail;
  lastState?: ContainerStateDetail;
}

export interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

export interface Pod extends KubeObject {
  spec?: {
    nodeName?: string;
    nodeSelector?: Record<string, string>;
    serviceAccountName?: string;
    tolerations?: Toleration[];
    affinity?: {
      nodeAffinity?: {
        requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: NodeSelectorTerm[] };
      };
    };
    containers?: Container[];
    initContainers?: Container[];
    volumes?: Volume[];
  };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    conditions?: Condition[];
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
  };
}

export interface Taint {
  key?: string;
  value?: string;
  effect?: string;
}

export interface Node extends KubeObject {
  spec?: { taints?: Taint[]; unschedulable?: boolean };
  status?: {
    conditions?: Condition[];
    allocatable?: Record<string, string>;
    capacity?: Record<string, string>;
    nodeInfo?: { kubeletVersion?: string };
  };
}

export interface KubeEvent extends KubeObject {
  involvedObject?: { kind?: string; namespace?: string; name?: string; uid?: string; fieldPath?: string };
  regarding?: { kind?: string; namespace?: string; name?: string; uid?: string; fieldPath?: string };
  reason?: string;
  message?: string;
  note?: string;
  type?: string;
  count?: number;
  deprecatedCount?: number;
  series?: { count?: number };
  lastTimestamp?: string;
  eventTime?: string;
  source?: { component?: string };
}

export interface Service extends KubeObject {
  spec?: {
    type?: string;
    selector?: Record<string, string>;
    ports?: { port?: number; targetPort?: number | string; name?: string }[];
  };
}

export interface Endpoints extends KubeObject {
  subsets?: {
    addresses?: { ip?: string }[];
    notReadyAddresses?: { ip?: string; targetRef?: { name?: string } }[];
  }[];
}

export interface Pvc extends KubeObject {
  spec?: { storageClassName?: string; resources?: ResourceRequirements; accessModes?: string[] };
  status?: { phase?: string };
}

export interface Hpa extends KubeObject {
  spec?: {
    scaleTargetRef?: { kind?: string; name?: string; apiVersion?: string };
    minReplicas?: number;
    maxReplicas?: number;
    metrics?: { type?: string; resource?: { name?: string } }[];
  };
  status?: { conditions?: Condition[]; currentReplicas?: number; desiredReplicas?: number };
}

export interface PodMetrics extends KubeObject {
  containers?: { name?: string; usage?: Record<string, string> }[];
}

export function nameOf(o: KubeObject): string {
  return o.metadata?.name ?? "<unnamed>";
}

export function namespaceOf(o: KubeObject): string {
  return o.metadata?.namespace ?? "default";
}

export interface IngressBackend {
  service?: { name?: string; port?: { number?: number; name?: string } };
}

export interface Ingress extends KubeObject {
  spec?: {
    ingressClassName?: string;
    defaultBackend?: IngressBackend;
    rules?: { host?: string; http?: { paths?: { path?: string; backend?: IngressBackend }[] } }[];
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}
