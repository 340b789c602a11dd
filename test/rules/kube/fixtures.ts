/**
 * A well-configured application namespace as akskit generates it (restricted security context,
 * requests and limits, probes, topology spread, PDB, HPA, default-deny and DNS policies, Workload
 * Identity, Key Vault CSI, TLS Ingress) plus its Flux sources. Every KUBE_RULE passes on it at the
 * regulated level; rule tests break one field of a copy at a time.
 */
import type { KubeObjectFact } from "../../../src/audit/facts.js";
import { kubeFact } from "../../../src/audit/facts.js";
import type { Finding, Rule, RuleLevel } from "../../../src/rules/types.js";
import { runRules } from "../../../src/audit/engine.js";

export const DIGEST = "sha256:4f5d1c1a9e8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d";

export function namespace(): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: {
      name: "payments",
      labels: {
        "pod-security.kubernetes.io/enforce": "restricted",
        "pod-security.kubernetes.io/enforce-version": "latest",
        owner: "payments",
      },
    },
  };
}

export function quota(): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "ResourceQuota",
    metadata: { name: "quota", namespace: "payments" },
    spec: { hard: { "requests.cpu": "4", "requests.memory": "8Gi", pods: "50" } },
  };
}

export function limitRange(): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "LimitRange",
    metadata: { name: "defaults", namespace: "payments" },
    spec: {
      limits: [
        {
          type: "Container",
          defaultRequest: { cpu: "100m", memory: "128Mi" },
          default: { cpu: "500m", memory: "512Mi" },
        },
      ],
    },
  };
}

export function defaultDeny(): Record<string, unknown> {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "default-deny", namespace: "payments" },
    spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
  };
}

export function allowDns(): Record<string, unknown> {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "allow-dns", namespace: "payments" },
    spec: {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } } }],
          ports: [
            { port: 53, protocol: "UDP" },
            { port: 53, protocol: "TCP" },
          ],
        },
      ],
    },
  };
}

export function allowIngress(): Record<string, unknown> {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "allow-from-ingress", namespace: "payments" },
    spec: {
      podSelector: { matchLabels: { "app.kubernetes.io/name": "api-gateway" } },
      policyTypes: ["Ingress"],
      ingress: [
        {
          from: [{ namespaceSelector: { matchLabels: { "kubernetes.azure.com/managed": "true" } } }],
          ports: [{ port: "http" }],
        },
      ],
    },
  };
}

export function serviceAccount(): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata: {
      name: "api-gateway",
      namespace: "payments",
      annotations: { "azure.workload.identity/client-id": "00000000-0000-0000-0000-000000000001" },
    },
    automountServiceAccountToken: false,
  };
}

export function container(): Record<string, unknown> {
  return {
    name: "api",
    image: `contosoacr.azurecr.io/api-gateway:1.4.2@${DIGEST}`,
    imagePullPolicy: "IfNotPresent",
    ports: [{ name: "http", containerPort: 3000, protocol: "TCP" }],
    env: [{ name: "LOG_LEVEL", value: "info" }],
    resources: {
      requests: { cpu: "250m", memory: "512Mi", "ephemeral-storage": "256Mi" },
      limits: { cpu: "1", memory: "1Gi", "ephemeral-storage": "1Gi" },
    },
    readinessProbe: { httpGet: { path: "/ready", port: "http" }, periodSeconds: 10 },
    livenessProbe: { httpGet: { path: "/health", port: "http" }, periodSeconds: 20, failureThreshold: 6 },
    startupProbe: { httpGet: { path: "/health", port: "http" }, failureThreshold: 30, periodSeconds: 2 },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ["ALL"] },
    },
    volumeMounts: [
      { name: "tmp", mountPath: "/tmp" },
      { name: "secrets-store", mountPath: "/mnt/secrets-store", readOnly: true },
    ],
  };
}

export function podSpec(): Record<string, unknown> {
  return {
    serviceAccountName: "api-gateway",
    automountServiceAccountToken: false,
    priorityClassName: "business-critical",
    securityContext: {
      runAsNonRoot: true,
      runAsUser: 10001,
      runAsGroup: 10001,
      seccompProfile: { type: "RuntimeDefault" },
    },
    topologySpreadConstraints: [
      {
        maxSkew: 1,
        topologyKey: "topology.kubernetes.io/zone",
        whenUnsatisfiable: "ScheduleAnyway",
        labelSelector: { matchLabels: { "app.kubernetes.io/name": "api-gateway" } },
      },
      {
        maxSkew: 1,
        topologyKey: "kubernetes.io/hostname",
        whenUnsatisfiable: "ScheduleAnyway",
        labelSelector: { matchLabels: { "app.kubernetes.io/name": "api-gateway" } },
      },
    ],
    containers: [container()],
    volumes: [
      { name: "tmp", emptyDir: {} },
      {
        name: "secrets-store",
        csi: {
          driver: "secrets-store.csi.k8s.io",
          readOnly: true,
          volumeAttributes: { secretProviderClass: "azure-kv-secrets" },
        },
      },
    ],
  };
}

export function deployment(): Record<string, unknown> {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name: "api-gateway",
      namespace: "payments",
      labels: { "app.kubernetes.io/name": "api-gateway", "app.kubernetes.io/instance": "api-gateway" },
    },
    spec: {
      selector: { matchLabels: { "app.kubernetes.io/name": "api-gateway" } },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: "25%" } },
      template: {
        metadata: {
          labels: { "app.kubernetes.io/name": "api-gateway", "azure.workload.identity/use": "true" },
        },
        spec: podSpec(),
      },
    },
  };
}

export function secretProviderClass(): Record<string, unknown> {
  return {
    apiVersion: "secrets-store.csi.x-k8s.io/v1",
    kind: "SecretProviderClass",
    metadata: { name: "azure-kv-secrets", namespace: "payments" },
    spec: {
      provider: "azure",
      parameters: {
        clientID: "00000000-0000-0000-0000-000000000001",
        keyvaultName: "kv-prod-app",
        tenantId: "00000000-0000-0000-0000-000000000002",
        objects: "array:\n  - |\n    objectName: db-password\n    objectType: secret\n",
      },
    },
  };
}

export function service(): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "api-gateway", namespace: "payments" },
    spec: {
      type: "ClusterIP",
      selector: { "app.kubernetes.io/name": "api-gateway" },
      ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }],
    },
  };
}

export function hpa(): Record<string, unknown> {
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name: "api-gateway", namespace: "payments" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "api-gateway" },
      minReplicas: 3,
      maxReplicas: 10,
      metrics: [
        {
          type: "Resource",
          resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
        },
      ],
    },
  };
}

export function pdb(): Record<string, unknown> {
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: { name: "api-gateway", namespace: "payments" },
    spec: {
      maxUnavailable: 1,
      unhealthyPodEvictionPolicy: "AlwaysAllow",
      selector: { matchLabels: { "app.kubernetes.io/name": "api-gateway" } },
    },
  };
}

export function ingress(): Record<string, unknown> {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: {
      name: "api-gateway",
      namespace: "payments",
      annotations: { "cert-manager.io/cluster-issuer": "letsencrypt-prod" },
    },
    spec: {
      ingressClassName: "webapprouting.kubernetes.azure.com",
      tls: [{ hosts: ["api.contoso.com"], secretName: "api-contoso-tls" }],
      rules: [
        {
          host: "api.contoso.com",
          http: {
            paths: [
              {
                path: "/",
                pathType: "Prefix",
                backend: { service: { name: "api-gateway", port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    },
  };
}

export function gitRepository(): Record<string, unknown> {
  return {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "GitRepository",
    metadata: { name: "gitops", namespace: "flux-system" },
    spec: { interval: "1m", url: "https://github.com/contoso/aks-gitops", ref: { branch: "main" } },
  };
}

export function fluxKustomization(
  name = "workloads",
  dependsOn: string[] = ["platform"],
): Record<string, unknown> {
  return {
    apiVersion: "kustomize.toolkit.fluxcd.io/v1",
    kind: "Kustomization",
    metadata: { name, namespace: "flux-system" },
    spec: {
      interval: "10m",
      prune: true,
      path: `./${name}`,
      sourceRef: { kind: "GitRepository", name: "gitops" },
      ...(dependsOn.length ? { dependsOn: dependsOn.map((n) => ({ name: n })) } : {}),
    },
  };
}

export function helmRepository(): Record<string, unknown> {
  return {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "HelmRepository",
    metadata: { name: "jetstack", namespace: "flux-system" },
    spec: { interval: "1h", url: "https://charts.jetstack.io" },
  };
}

export function helmRelease(): Record<string, unknown> {
  return {
    apiVersion: "helm.toolkit.fluxcd.io/v2",
    kind: "HelmRelease",
    metadata: { name: "cert-manager", namespace: "flux-system" },
    spec: {
      interval: "1h",
      chart: {
        spec: {
          chart: "cert-manager",
          version: "1.16.2",
          sourceRef: { kind: "HelmRepository", name: "jetstack" },
        },
      },
    },
  };
}

/** The complete well-configured set, fresh objects on every call. */
export function cleanSet(): Record<string, unknown>[] {
  return [
    namespace(),
    quota(),
    limitRange(),
    defaultDeny(),
    allowDns(),
    allowIngress(),
    serviceAccount(),
    secretProviderClass(),
    deployment(),
    service(),
    hpa(),
    pdb(),
    ingress(),
    gitRepository(),
    fluxKustomization("platform", []),
    fluxKustomization("workloads", ["platform"]),
    helmRepository(),
    helmRelease(),
  ];
}

export interface Expected {
  /** A fragment of the message. */
  message: string;
  /** The finding's key path, as the memory locator formats it. */
  path: string;
  /** The object id, when it is not the first object of the case. */
  object?: string;
}

/** Runs one rule over the objects at the regulated level (every rule applies) and returns what it found. */
export function audit(
  rule: Rule,
  objects: readonly Record<string, unknown>[],
  level: RuleLevel = "regulated",
): Finding[] {
  const kubeObjects: KubeObjectFact[] = objects.map((o) => kubeFact(o, "manifest.yaml"));
  const { findings, errors } = runRules({ clusters: [], azureResources: [], kubeObjects }, [rule], { level });
  if (errors.length) throw new Error(`rule threw: ${errors.map((e) => e.message).join("; ")}`);
  return findings;
}

/** Findings as comparable records: message fragment checked separately. */
export function summarize(findings: readonly Finding[]): { object: string; path: string; message: string }[] {
  return findings.map((f) => ({ object: f.object.id, path: f.location.path ?? "", message: f.message }));
}

/** A bare Pod in namespace `app` named `web` with the given spec (container rules read it directly). */
export function pod(
  spec: Record<string, unknown>,
  metadata: Record<string, unknown> = {},
): Record<string, unknown> {
  return { apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "app", ...metadata }, spec };
}

/** A Deployment `app/web` whose pods carry `app: web`, with the given pod spec and extra spec fields. */
export function deploy(
  podSpecFields: Record<string, unknown>,
  specFields: Record<string, unknown> = {},
  name = "web",
): Record<string, unknown> {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace: "app" },
    spec: {
      selector: { matchLabels: { app: name } },
      ...specFields,
      template: { metadata: { labels: { app: name } }, spec: podSpecFields },
    },
  };
}

export interface Case {
  name: string;
  objects: Record<string, unknown>[];
  expected: Expected[];
}

/** Compares findings with the expected ones: same objects and paths in order, message fragments contained. */
export function expectFindings(
  findings: readonly Finding[],
  expected: readonly Expected[],
  defaultObject: string,
): void {
  const got = findings.map((f) => ({ object: f.object.id, path: f.location.path ?? "" }));
  const want = expected.map((e) => ({ object: e.object ?? defaultObject, path: e.path }));
  if (JSON.stringify(got) !== JSON.stringify(want))
    throw new Error(
      `findings differ:\n got  ${JSON.stringify(summarize(findings), null, 1)}\n want ${JSON.stringify(want)}`,
    );
  expected.forEach((e, i) => {
    const message = findings[i]?.message ?? "";
    if (!message.includes(e.message)) throw new Error(`message "${message}" does not contain "${e.message}"`);
  });
}

/** Object id of a manifest as findings name it. */
export function idOf(o: Record<string, unknown>): string {
  const m = (o.metadata ?? {}) as { name?: string; namespace?: string };
  return m.namespace ? `${String(o.kind)}/${m.namespace}/${m.name}` : `${String(o.kind)}/${m.name}`;
}
