import { describe, expect, it } from "vitest";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { deployment, placement } from "../../../src/gitops/apps/deployment.js";
import { clusterFrom, specWith, workload } from "../helpers.js";

const model = clusterFrom(
  specWith(
    [
      "{ name: api, namespace: shop, image: crcontoso.azurecr.io/api:1.2.3, port: 8080, replicas: { min: 2, max: 6 }, health: { path: /ready, livenessPath: /live }, secrets: [db-url], secretEnv: { DB_URL: db-url }, env: { LOG_LEVEL: info }, identity: { roles: [{ role: Key Vault Secrets User, scope: keyVault }] } }",
      "{ name: slow, namespace: shop, image: crcontoso.azurecr.io/slow:1.0.0, port: 8080, replicas: { min: 3, max: 3 }, health: { path: /healthz, startupSeconds: 90 }, nodePool: spot }",
      "{ name: gpu, namespace: shop, image: crcontoso.azurecr.io/gpu:1.0.0, port: 8080, nodePool: gpu }",
    ],
    `  nodePools:
    - { name: system, mode: System, vmSize: Standard_D4ds_v5, min: 3, max: 6 }
    - { name: apps, mode: User, vmSize: Standard_D8ds_v5, min: 3, max: 20 }
    - { name: spot, mode: User, vmSize: Standard_D4ds_v5, priority: Spot, min: 0, max: 5 }
    - { name: gpu, mode: User, vmSize: Standard_NC6s_v3, gpu: true, min: 0, max: 2 }
`,
  ),
);

describe("Deployment", () => {
  const api = deployment(model, workload(model, "api"));
  const pod = api.spec!.template.spec!;
  const c = pod.containers[0]!;

  it("validates against the Kubernetes model", () => {
    expect(() => new Deployment(api).validate()).not.toThrow();
    expect(() => new Deployment(deployment(model, workload(model, "slow"))).validate()).not.toThrow();
  });

  it("runs the container with the restricted security context", () => {
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: 10001,
      runAsGroup: 10001,
      capabilities: { drop: ["ALL"] },
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 10001,
      runAsGroup: 10001,
      fsGroup: 10001,
      seccompProfile: { type: "RuntimeDefault" },
    });
  });

  it("gives a read-only root filesystem a writable /tmp", () => {
    expect(c.volumeMounts).toContainEqual({ name: "tmp", mountPath: "/tmp" });
    expect(pod.volumes).toContainEqual({ name: "tmp", emptyDir: { sizeLimit: "64Mi" } });
  });

  it("probes readiness and liveness on their own paths, no startup probe for a fast starter", () => {
    expect(c.readinessProbe).toEqual({
      httpGet: { path: "/ready", port: "http" },
      periodSeconds: 10,
      timeoutSeconds: 2,
      failureThreshold: 3,
    });
    expect(c.livenessProbe).toEqual({
      httpGet: { path: "/live", port: "http" },
      periodSeconds: 20,
      timeoutSeconds: 2,
      failureThreshold: 3,
      initialDelaySeconds: 10,
    });
    expect(c.startupProbe).toBeUndefined();
  });

  it("adds a startup probe covering startupSeconds for a slow starter", () => {
    const slow = deployment(model, workload(model, "slow")).spec!.template.spec!.containers[0]!;
    expect(slow.startupProbe).toEqual({
      httpGet: { path: "/healthz", port: "http" },
      periodSeconds: 5,
      timeoutSeconds: 2,
      failureThreshold: 18,
    });
    expect(slow.livenessProbe?.initialDelaySeconds).toBeUndefined();
  });

  it("pins the image, pulls a tag every time, and sets requests and limits", () => {
    expect(c.image).toBe("crcontoso.azurecr.io/api:1.2.3");
    expect(c.imagePullPolicy).toBe("Always");
    // No cpuLimit in the spec: the namespace LimitRange default (500m) is what the pod gets; written out.
    expect(c.resources).toEqual({
      requests: { cpu: "100m", memory: "128Mi", "ephemeral-storage": "128Mi" },
      limits: { cpu: "500m", memory: "128Mi", "ephemeral-storage": "1Gi" },
    });
  });

  it("runs at the platform-apps priority, spot workloads at platform-batch", () => {
    expect(pod.priorityClassName).toBe("platform-apps");
    expect(deployment(model, workload(model, "slow")).spec!.template.spec!.priorityClassName).toBe(
      "platform-batch",
    );
  });

  it("leaves replicas to the autoscaler when the range is open, fixes them otherwise", () => {
    expect(api.spec!.replicas).toBeUndefined();
    expect(deployment(model, workload(model, "slow")).spec!.replicas).toBe(3);
  });

  it("does not mount the service account token; labels pods for Workload Identity", () => {
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.serviceAccountName).toBe("api");
    expect(api.spec!.template.metadata!.labels!["azure.workload.identity/use"]).toBe("true");
    const slow = deployment(model, workload(model, "slow"));
    expect(slow.spec!.template.metadata!.labels!["azure.workload.identity/use"]).toBeUndefined();
  });

  it("mounts Key Vault secrets through the CSI driver and reads env vars from the synced Secret", () => {
    expect(pod.volumes).toContainEqual({
      name: "secrets-store",
      csi: {
        driver: "secrets-store.csi.k8s.io",
        readOnly: true,
        volumeAttributes: { secretProviderClass: "api-kv" },
      },
    });
    expect(c.volumeMounts).toContainEqual({
      name: "secrets-store",
      mountPath: "/mnt/secrets-store",
      readOnly: true,
    });
    expect(c.env).toEqual([
      { name: "LOG_LEVEL", value: "info" },
      { name: "DB_URL", valueFrom: { secretKeyRef: { name: "api-secrets", key: "db-url" } } },
    ]);
  });

  it("spreads pods across zones and nodes", () => {
    expect(pod.topologySpreadConstraints?.map((t) => t.topologyKey)).toEqual([
      "topology.kubernetes.io/zone",
      "kubernetes.io/hostname",
    ]);
    expect(pod.topologySpreadConstraints?.[0]).toMatchObject({
      maxSkew: 1,
      whenUnsatisfiable: "ScheduleAnyway",
      labelSelector: { matchLabels: { "app.kubernetes.io/name": "api" } },
    });
  });
});

describe("node placement", () => {
  it("no pool: no selector and no tolerations", () => {
    expect(placement(model, workload(model, "api"))).toEqual({});
  });

  it("spot pool: selects the pool and tolerates the AKS spot taint", () => {
    expect(placement(model, workload(model, "slow"))).toEqual({
      nodeSelector: { "kubernetes.azure.com/agentpool": "spot" },
      tolerations: [
        {
          key: "kubernetes.azure.com/scalesetpriority",
          operator: "Equal",
          value: "spot",
          effect: "NoSchedule",
        },
      ],
    });
  });

  it("GPU pool: tolerates sku=gpu", () => {
    expect(placement(model, workload(model, "gpu")).tolerations).toEqual([
      { key: "sku", operator: "Equal", value: "gpu", effect: "NoSchedule" },
    ]);
  });
});
