/**
 * The workload's Deployment: pinned image, probes, requests and limits, the restricted security
 * context, topology spread across zones and nodes, Workload Identity, Key Vault secrets through the CSI
 * driver, and node placement on the chosen pool (seed 001 "Deployment", seed 003 "Pod security",
 * seed 000 "Workload Identity").
 */
import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IEnvVar } from "kubernetes-models/v1/EnvVar";
import type { IProbe } from "kubernetes-models/v1/Probe";
import type { IToleration } from "kubernetes-models/v1/Toleration";
import type { IVolume } from "kubernetes-models/v1/Volume";
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import { priorityClassName } from "../configs/priority-classes.js";
import { selectorLabels, workloadLabels } from "../labels.js";
import { cpuMillis } from "../quantity.js";
import { containerSecurityContext, podSecurityContext } from "./security.js";
import { HTTP_PORT, METRICS_PORT, names, SECRETS_MOUNT, usesWorkloadIdentity } from "./names.js";

/** Whether a HorizontalPodAutoscaler owns the replica count (then the Deployment leaves it out). */
export function hasAutoscaler(w: ResolvedWorkload): boolean {
  return w.replicas.max > w.replicas.min;
}

/** Key Vault secrets are mounted when the workload names any (and the platform has a Key Vault). */
export function mountsSecrets(model: ClusterModel, w: ResolvedWorkload): boolean {
  return model.settings.keyVault.enabled && w.secrets.length > 0;
}

export function containerEnv(model: ClusterModel, w: ResolvedWorkload): IEnvVar[] {
  const plain = Object.entries(w.env)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]): IEnvVar => ({ name, value }));
  const fromSecrets = mountsSecrets(model, w)
    ? Object.entries(w.secretEnv)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, secret]): IEnvVar => ({
          name,
          valueFrom: { secretKeyRef: { name: names.syncedSecret(w), key: secret } },
        }))
    : [];
  return [...plain, ...fromSecrets];
}

/**
 * Ephemeral storage for the writable /tmp and container logs (kubelet rotates logs at 10Mi × 5 by
 * default): a request the scheduler can count and a limit that evicts a runaway writer before it fills
 * the node's disk.
 */
export const EPHEMERAL_STORAGE = { request: "128Mi", limit: "1Gi" } as const;

/**
 * Requests and limits. Without a `cpuLimit` in the spec the namespace's LimitRange would impose its
 * default CPU limit at admission (and reject the pod if that is below the request); the limit is
 * written out as what the pod will really get: the LimitRange default, or the request if larger.
 */
export function containerResources(
  model: ClusterModel,
  w: ResolvedWorkload,
): NonNullable<IContainer["resources"]> {
  const ns = model.namespaces.find((n) => n.name === w.namespace);
  const defaultCpu = ns?.limits.defaultCpu;
  const cpuLimit =
    w.resources.cpuLimit ??
    (defaultCpu && cpuMillis(defaultCpu) > cpuMillis(w.resources.cpu) ? defaultCpu : w.resources.cpu);
  return {
    requests: {
      cpu: w.resources.cpu,
      memory: w.resources.memory,
      "ephemeral-storage": EPHEMERAL_STORAGE.request,
    },
    limits: { cpu: cpuLimit, memory: w.resources.memoryLimit, "ephemeral-storage": EPHEMERAL_STORAGE.limit },
  };
}

function probes(w: ResolvedWorkload): Pick<IContainer, "readinessProbe" | "livenessProbe" | "startupProbe"> {
  const http = (path: string) => ({ httpGet: { path, port: HTTP_PORT } });
  const readiness: IProbe = {
    ...http(w.health.path),
    periodSeconds: 10,
    timeoutSeconds: 2,
    failureThreshold: 3,
  };
  const liveness: IProbe = {
    ...http(w.health.livenessPath),
    periodSeconds: 20,
    timeoutSeconds: 2,
    failureThreshold: 3,
    // Without a startup probe, give the process a moment before the first liveness check.
    ...(w.health.startupSeconds > 0 ? {} : { initialDelaySeconds: 10 }),
  };
  if (w.health.startupSeconds === 0) return { readinessProbe: readiness, livenessProbe: liveness };
  // Slow starters: the startup probe holds liveness back for up to startupSeconds.
  const period = 5;
  const startup: IProbe = {
    ...http(w.health.livenessPath),
    periodSeconds: period,
    timeoutSeconds: 2,
    failureThreshold: Math.max(1, Math.ceil(w.health.startupSeconds / period)),
  };
  return { readinessProbe: readiness, livenessProbe: liveness, startupProbe: startup };
}

/** Tolerations for the pool's taints ("key=value:Effect") and a node selector for the pool. */
export function placement(
  model: ClusterModel,
  w: ResolvedWorkload,
): { nodeSelector?: Record<string, string>; tolerations?: IToleration[] } {
  if (!w.nodePool) return {};
  const pool = model.nodePools.find((p) => p.name === w.nodePool);
  const nodeSelector = { "kubernetes.azure.com/agentpool": w.nodePool };
  if (!pool) return { nodeSelector };
  const tolerations = pool.taints.map((t): IToleration => {
    const m = /^([^=:]+)(?:=([^:]*))?:(.+)$/.exec(t);
    if (!m) throw new Error(`node pool ${pool.name}: cannot read taint "${t}"`);
    return m[2] !== undefined
      ? { key: m[1]!, operator: "Equal", value: m[2], effect: m[3] as IToleration["effect"] }
      : { key: m[1]!, operator: "Exists", effect: m[3] as IToleration["effect"] };
  });
  return { nodeSelector, ...(tolerations.length > 0 ? { tolerations } : {}) };
}

export function deployment(model: ClusterModel, w: ResolvedWorkload): IDeployment {
  const labels = workloadLabels(model, w);
  const selector = selectorLabels(w);
  const wi = usesWorkloadIdentity(w);
  const secrets = mountsSecrets(model, w);
  const ports: NonNullable<IContainer["ports"]> = [
    { name: HTTP_PORT, containerPort: w.port, protocol: "TCP" },
  ];
  if (w.metrics && w.metrics.port !== w.port)
    ports.push({ name: METRICS_PORT, containerPort: w.metrics.port, protocol: "TCP" });
  const volumes: IVolume[] = [{ name: "tmp", emptyDir: { sizeLimit: "64Mi" } }];
  const mounts: NonNullable<IContainer["volumeMounts"]> = [{ name: "tmp", mountPath: "/tmp" }];
  if (secrets) {
    volumes.push({
      name: "secrets-store",
      csi: {
        driver: "secrets-store.csi.k8s.io",
        readOnly: true,
        volumeAttributes: { secretProviderClass: names.secretProviderClass(w) },
      },
    });
    mounts.push({ name: "secrets-store", mountPath: SECRETS_MOUNT, readOnly: true });
  }
  const env = containerEnv(model, w);
  const container: IContainer = {
    name: w.name,
    image: w.image,
    // A digest cannot change, so a cached copy is safe; a tag can be re-pushed, so pull it every time.
    imagePullPolicy: w.image.includes("@sha256:") ? "IfNotPresent" : "Always",
    ports,
    ...(env.length > 0 ? { env } : {}),
    resources: containerResources(model, w),
    ...probes(w),
    securityContext: containerSecurityContext(),
    volumeMounts: mounts,
  };
  const spread = (topologyKey: string) => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable: "ScheduleAnyway" as const,
    labelSelector: { matchLabels: selector },
    matchLabelKeys: ["pod-template-hash"],
  });
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: w.name, namespace: w.namespace, labels },
    spec: {
      ...(hasAutoscaler(w) ? {} : { replicas: w.replicas.min }),
      revisionHistoryLimit: 5,
      selector: { matchLabels: selector },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: { ...labels, ...(wi ? { "azure.workload.identity/use": "true" } : {}) },
        },
        spec: {
          serviceAccountName: names.serviceAccount(w),
          priorityClassName: priorityClassName(model, w),
          // The app does not call the Kubernetes API; Workload Identity projects its own token.
          automountServiceAccountToken: false,
          securityContext: podSecurityContext(),
          containers: [container],
          volumes,
          topologySpreadConstraints: [
            spread("topology.kubernetes.io/zone"),
            spread("kubernetes.io/hostname"),
          ],
          terminationGracePeriodSeconds: 30,
          ...placement(model, w),
        },
      },
    },
  };
}
