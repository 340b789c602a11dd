import { describe, expect, it } from "vitest";
import {
  createAllowedRegistriesRule,
  rule as allowedRegistries,
} from "../../../src/rules/kube/security/allowed-registries.js";
import { rule as clusterAdminBinding } from "../../../src/rules/kube/security/cluster-admin-binding.js";
import { rule as configmapSecrets } from "../../../src/rules/kube/security/configmap-secrets.js";
import { rule as defaultServiceAccount } from "../../../src/rules/kube/security/default-service-account.js";
import { rule as deprecatedServiceAccountField } from "../../../src/rules/kube/security/deprecated-service-account-field.js";
import { rule as envLiteralSecret } from "../../../src/rules/kube/security/env-literal-secret.js";
import { rule as imagePullSecrets } from "../../../src/rules/kube/security/image-pull-secrets.js";
import { rule as ingressCertManager } from "../../../src/rules/kube/security/ingress-cert-manager.js";
import { rule as ingressTls } from "../../../src/rules/kube/security/ingress-tls.js";
import { rule as namespacePsa } from "../../../src/rules/kube/security/namespace-psa.js";
import { rule as namespacePsaRestricted } from "../../../src/rules/kube/security/namespace-psa-restricted.js";
import { rule as nodeportService } from "../../../src/rules/kube/security/nodeport-service.js";
import { rule as podIdentity } from "../../../src/rules/kube/security/pod-identity.js";
import { rule as publicLoadBalancer } from "../../../src/rules/kube/security/public-load-balancer.js";
import { rule as rbacCreatePods } from "../../../src/rules/kube/security/rbac-create-pods.js";
import { rule as rbacEscalation } from "../../../src/rules/kube/security/rbac-escalation.js";
import { rule as rbacPodExec } from "../../../src/rules/kube/security/rbac-pod-exec.js";
import { rule as rbacSecretsAccess } from "../../../src/rules/kube/security/rbac-secrets-access.js";
import { rule as rbacSystemGroups } from "../../../src/rules/kube/security/rbac-system-groups.js";
import { rule as rbacWildcard } from "../../../src/rules/kube/security/rbac-wildcard.js";
import { rule as secretFromEnv } from "../../../src/rules/kube/security/secret-from-env.js";
import { rule as secretManifest } from "../../../src/rules/kube/security/secret-manifest.js";
import { rule as serviceAccountExists } from "../../../src/rules/kube/security/service-account-exists.js";
import { rule as serviceExternalIps } from "../../../src/rules/kube/security/service-external-ips.js";
import { rule as spcIdentity } from "../../../src/rules/kube/security/spc-identity.js";
import { rule as spcMissing } from "../../../src/rules/kube/security/spc-missing.js";
import { rule as spcUnused } from "../../../src/rules/kube/security/spc-unused.js";
import { rule as workloadIdentityClientId } from "../../../src/rules/kube/security/workload-identity-client-id.js";
import { rule as workloadIdentityLabel } from "../../../src/rules/kube/security/workload-identity-label.js";
import {
  audit,
  deploy,
  deployment,
  ingress,
  namespace,
  pod,
  secretProviderClass,
  serviceAccount,
} from "./fixtures.js";
import { ruleTable } from "./run-table.js";

const app = (image = "contosoacr.azurecr.io/web:1.0") => ({ containers: [{ name: "app", image }] });
const sa = (name: string, annotations: Record<string, string> = {}) => ({
  apiVersion: "v1",
  kind: "ServiceAccount",
  metadata: { name, namespace: "app", annotations },
});
const role = (kind: string, rules: Record<string, unknown>[], metadata: Record<string, unknown> = {}) => ({
  apiVersion: "rbac.authorization.k8s.io/v1",
  kind,
  metadata: { name: "r", ...(kind === "Role" ? { namespace: "app" } : {}), ...metadata },
  rules,
});
const binding = (kind: string, roleName: string, subjects: Record<string, unknown>[], name = "b") => ({
  apiVersion: "rbac.authorization.k8s.io/v1",
  kind,
  metadata: { name, ...(kind === "RoleBinding" ? { namespace: "app" } : {}) },
  roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: roleName },
  subjects,
});
const spc = (name: string, parameters: Record<string, unknown> = { clientID: "x" }) => ({
  apiVersion: "secrets-store.csi.x-k8s.io/v1",
  kind: "SecretProviderClass",
  metadata: { name, namespace: "app" },
  spec: { provider: "azure", parameters },
});
const csiPod = (spcName: string) =>
  deploy({
    ...app(),
    volumes: [
      {
        name: "kv",
        csi: {
          driver: "secrets-store.csi.k8s.io",
          readOnly: true,
          volumeAttributes: { secretProviderClass: spcName },
        },
      },
    ],
  });
const wiDeploy = (saName: string, labelled: boolean) => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", namespace: "app" },
  spec: {
    selector: { matchLabels: { app: "web" } },
    template: {
      metadata: { labels: { app: "web", ...(labelled ? { "azure.workload.identity/use": "true" } : {}) } },
      spec: { serviceAccountName: saName, ...app() },
    },
  },
});
const ns = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: "v1",
  kind: "Namespace",
  metadata: { name, labels },
});
const lbService = (annotations: Record<string, string>) => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: "web", namespace: "app", annotations },
  spec: { type: "LoadBalancer", selector: { app: "web" }, ports: [{ port: 443 }] },
});

ruleTable([
  [
    serviceExternalIps,
    [
      {
        name: "externalIPs set",
        objects: [
          {
            apiVersion: "v1",
            kind: "Service",
            metadata: { name: "web", namespace: "app" },
            spec: { ports: [{ port: 80 }], externalIPs: ["10.240.0.10"] },
          },
        ],
        expected: [{ message: 'Service sets externalIPs "10.240.0.10"', path: "spec.externalIPs" }],
      },
      {
        name: "no externalIPs",
        objects: [
          {
            apiVersion: "v1",
            kind: "Service",
            metadata: { name: "web", namespace: "app" },
            spec: { ports: [{ port: 80 }] },
          },
        ],
        expected: [],
      },
    ],
  ],
  [
    allowedRegistries,
    [
      {
        name: "Docker Hub image",
        objects: [
          pod({
            containers: [
              { name: "app", image: "nginx:1.27" },
              { name: "ok", image: "mcr.microsoft.com/dotnet/aspnet:8.0" },
            ],
          }),
        ],
        expected: [
          { message: 'image "nginx:1.27" is not from an allowed registry', path: "spec.containers[0].image" },
        ],
      },
      {
        name: "a K8sAllowedRepos constraint in the input replaces the defaults",
        objects: [
          pod(app()),
          {
            apiVersion: "constraints.gatekeeper.sh/v1beta1",
            kind: "K8sAllowedRepos",
            metadata: { name: "allowed" },
            spec: { parameters: { repos: ["ghcr.io/contoso/"] } },
          },
        ],
        expected: [
          {
            message: 'image "contosoacr.azurecr.io/web:1.0" is not from an allowed registry',
            path: "spec.containers[0].image",
          },
        ],
      },
      { name: "Azure Container Registry", objects: [pod(app())], expected: [] },
    ],
  ],
  [
    imagePullSecrets,
    [
      {
        name: "pull secret for ACR",
        objects: [pod({ imagePullSecrets: [{ name: "acr" }], ...app() })],
        expected: [
          {
            message: "pulls from Azure Container Registry with imagePullSecrets",
            path: "spec.imagePullSecrets",
          },
        ],
      },
      {
        name: "pull secret for another registry",
        objects: [pod({ imagePullSecrets: [{ name: "ghcr" }], ...app("ghcr.io/x/y:1") })],
        expected: [],
      },
    ],
  ],
  [
    defaultServiceAccount,
    [
      {
        name: "no service account",
        objects: [pod(app())],
        expected: [{ message: "runs as the default service account", path: "spec.serviceAccountName" }],
      },
      {
        name: "explicit default",
        objects: [pod({ serviceAccountName: "default", ...app() })],
        expected: [{ message: "default service account", path: "spec.serviceAccountName" }],
      },
      { name: "dedicated", objects: [pod({ serviceAccountName: "web", ...app() })], expected: [] },
    ],
  ],
  [
    deprecatedServiceAccountField,
    [
      {
        name: "conflicting fields",
        objects: [pod({ serviceAccount: "old", serviceAccountName: "web", ...app() })],
        expected: [
          {
            message: 'sets serviceAccount "old" and a different serviceAccountName "web"',
            path: "spec.serviceAccount",
          },
        ],
      },
      { name: "only the new field", objects: [pod({ serviceAccountName: "web", ...app() })], expected: [] },
    ],
  ],
  [
    serviceAccountExists,
    [
      {
        name: "typo with the namespace's service accounts in the input",
        objects: [deploy({ serviceAccountName: "wbe", ...app() }), sa("web")],
        expected: [
          {
            message: 'ServiceAccount "wbe" is not in namespace "app"',
            path: "spec.template.spec.serviceAccountName",
          },
        ],
      },
      {
        name: "present",
        objects: [deploy({ serviceAccountName: "web", ...app() }), sa("web")],
        expected: [],
      },
      {
        name: "namespace not described by the input",
        objects: [deploy({ serviceAccountName: "wbe", ...app() })],
        expected: [],
      },
    ],
  ],
  [
    envLiteralSecret,
    [
      {
        name: "password and connection string in env",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                env: [
                  { name: "DB_PASSWORD", value: "hunter2!" },
                  {
                    name: "STORAGE",
                    value: "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=c2VjcmV0a2V5dmFsdWU=",
                  },
                  { name: "LOG_LEVEL", value: "info" },
                  { name: "TOKEN_FILE", value: "/var/run/secrets/token" },
                  { name: "API_KEY", value: "<api-key>" },
                  { name: "CLIENT_SECRET", valueFrom: { secretKeyRef: { name: "s", key: "k" } } },
                ],
              },
            ],
          }),
        ],
        expected: [
          {
            message:
              'sets env "DB_PASSWORD" to a literal value that looks like a secret (<redacted, 8 characters>)',
            path: "spec.containers[0].env[0].value",
          },
          { message: 'sets env "STORAGE"', path: "spec.containers[0].env[1].value" },
        ],
      },
      { name: "the well-configured Deployment", objects: [deployment()], expected: [] },
    ],
  ],
  [
    secretFromEnv,
    [
      {
        name: "secretKeyRef and envFrom secretRef",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                env: [{ name: "DB", valueFrom: { secretKeyRef: { name: "db", key: "password" } } }],
                envFrom: [{ secretRef: { name: "all" } }],
              },
            ],
          }),
        ],
        expected: [
          {
            message: 'reads env "DB" from Secret "db"',
            path: "spec.containers[0].env[0].valueFrom.secretKeyRef",
          },
          { message: 'imports every key of Secret "all"', path: "spec.containers[0].envFrom[0].secretRef" },
        ],
      },
      {
        name: "configMapKeyRef",
        objects: [
          pod({
            containers: [
              {
                name: "app",
                image: "a:1",
                env: [{ name: "X", valueFrom: { configMapKeyRef: { name: "c", key: "k" } } }],
              },
            ],
          }),
        ],
        expected: [],
      },
    ],
  ],
  [
    configmapSecrets,
    [
      {
        name: "API key and a private key",
        objects: [
          {
            apiVersion: "v1",
            kind: "ConfigMap",
            metadata: { name: "cfg", namespace: "app" },
            data: {
              "tls.key": "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n",
              API_KEY: "sk_live_51H8",
              LOG_LEVEL: "debug",
              MONGO_URL: "mongodb://admin:s3cr3tpw@mongo:27017/app",
            },
          },
        ],
        expected: [
          { message: 'key "API_KEY" looks like a secret', path: "data.API_KEY" },
          { message: 'key "MONGO_URL" holds a value shaped like a credential', path: "data.MONGO_URL" },
          { message: 'key "tls.key" holds a value shaped like a credential', path: 'data["tls.key"]' },
        ],
      },
      {
        name: "plain settings",
        objects: [
          {
            apiVersion: "v1",
            kind: "ConfigMap",
            metadata: { name: "cfg", namespace: "app" },
            data: { LOG_LEVEL: "info", TOKEN_AUDIENCE: "api://AzureADTokenExchange" },
          },
        ],
        expected: [],
      },
    ],
  ],
  [
    clusterAdminBinding,
    [
      {
        name: "service account bound to cluster-admin",
        objects: [
          binding("ClusterRoleBinding", "cluster-admin", [
            { kind: "ServiceAccount", name: "ci", namespace: "app" },
          ]),
        ],
        expected: [{ message: "ClusterRoleBinding grants cluster-admin", path: "roleRef.name" }],
      },
      {
        name: "RoleBinding to the cluster-admin ClusterRole",
        objects: [binding("RoleBinding", "cluster-admin", [{ kind: "User", name: "dev@contoso.com" }])],
        expected: [{ message: "RoleBinding grants cluster-admin", path: "roleRef.name" }],
      },
      {
        name: "built-in binding",
        objects: [
          {
            ...binding(
              "ClusterRoleBinding",
              "cluster-admin",
              [{ kind: "Group", name: "system:masters" }],
              "cluster-admin",
            ),
            metadata: { name: "cluster-admin", labels: { "kubernetes.io/bootstrapping": "rbac-defaults" } },
          },
        ],
        expected: [],
      },
      {
        name: "edit",
        objects: [binding("RoleBinding", "edit", [{ kind: "User", name: "dev@contoso.com" }])],
        expected: [],
      },
    ],
  ],
  [
    rbacWildcard,
    [
      {
        name: "wildcard verbs and resources",
        objects: [role("ClusterRole", [{ apiGroups: ["apps"], resources: ["*"], verbs: ["get", "*"] }])],
        expected: [
          { message: 'uses "*" in verbs', path: "rules[0].verbs[1]" },
          { message: 'uses "*" in resources', path: "rules[0].resources[0]" },
        ],
      },
      {
        name: "explicit lists",
        objects: [role("Role", [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get"] }])],
        expected: [],
      },
    ],
  ],
  [
    rbacSecretsAccess,
    [
      {
        name: "list secrets",
        objects: [role("Role", [{ apiGroups: [""], resources: ["configmaps", "secrets"], verbs: ["list"] }])],
        expected: [{ message: "grants read access to secrets", path: "rules[0].resources" }],
      },
      {
        name: "named secret only",
        objects: [
          role("Role", [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["tls"], verbs: ["get"] }]),
        ],
        expected: [],
      },
      {
        name: "apps group secrets is not core",
        objects: [role("Role", [{ apiGroups: ["apps"], resources: ["secrets"], verbs: ["get"] }])],
        expected: [],
      },
    ],
  ],
  [
    rbacCreatePods,
    [
      {
        name: "create deployments",
        objects: [
          role("Role", [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create", "update"] }]),
        ],
        expected: [{ message: "grants create on deployments", path: "rules[0].verbs" }],
      },
      {
        name: "read-only",
        objects: [role("Role", [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }])],
        expected: [],
      },
    ],
  ],
  [
    rbacPodExec,
    [
      {
        name: "pods/exec",
        objects: [role("Role", [{ apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["create"] }])],
        expected: [{ message: "grants pods/exec", path: "rules[0].resources" }],
      },
      {
        name: "pods/log",
        objects: [role("Role", [{ apiGroups: [""], resources: ["pods/log"], verbs: ["get"] }])],
        expected: [],
      },
    ],
  ],
  [
    rbacEscalation,
    [
      {
        name: "impersonate",
        objects: [
          role("ClusterRole", [{ apiGroups: [""], resources: ["users", "groups"], verbs: ["impersonate"] }]),
        ],
        expected: [{ message: "grants the impersonate verb", path: "rules[0].verbs[0]" }],
      },
      {
        name: "plain verbs",
        objects: [role("ClusterRole", [{ apiGroups: [""], resources: ["pods"], verbs: ["get"] }])],
        expected: [],
      },
    ],
  ],
  [
    rbacSystemGroups,
    [
      {
        name: "binding to all authenticated users",
        objects: [
          binding("ClusterRoleBinding", "view", [
            { kind: "Group", name: "system:authenticated" },
            { kind: "Group", name: "team-a" },
          ]),
        ],
        expected: [{ message: "grants system:authenticated", path: "subjects[0].name" }],
      },
      {
        name: "specific group",
        objects: [binding("ClusterRoleBinding", "view", [{ kind: "Group", name: "team-a" }])],
        expected: [],
      },
    ],
  ],
  [
    nodeportService,
    [
      {
        name: "NodePort",
        objects: [
          {
            apiVersion: "v1",
            kind: "Service",
            metadata: { name: "web", namespace: "app" },
            spec: { type: "NodePort" },
          },
        ],
        expected: [{ message: "type NodePort", path: "spec.type" }],
      },
      {
        name: "ClusterIP",
        objects: [
          {
            apiVersion: "v1",
            kind: "Service",
            metadata: { name: "web", namespace: "app" },
            spec: { type: "ClusterIP" },
          },
        ],
        expected: [],
      },
    ],
  ],
  [
    publicLoadBalancer,
    [
      {
        name: "public LoadBalancer",
        objects: [lbService({})],
        expected: [
          {
            message: "gets a public IP",
            path: 'metadata.annotations["service.beta.kubernetes.io/azure-load-balancer-internal"]',
          },
        ],
      },
      {
        name: "internal LoadBalancer",
        objects: [lbService({ "service.beta.kubernetes.io/azure-load-balancer-internal": "true" })],
        expected: [],
      },
    ],
  ],
  [
    ingressTls,
    [
      {
        name: "no TLS",
        objects: [
          {
            apiVersion: "networking.k8s.io/v1",
            kind: "Ingress",
            metadata: { name: "web", namespace: "app" },
            spec: { rules: [] },
          },
        ],
        expected: [{ message: "has no TLS configuration", path: "spec.tls" }],
      },
      { name: "the well-configured Ingress", objects: [ingress()], expected: [] },
    ],
  ],
  [
    ingressCertManager,
    [
      {
        name: "TLS secret nobody renews",
        objects: [{ ...ingress(), metadata: { name: "api-gateway", namespace: "payments" } }],
        expected: [
          {
            message: 'TLS secret "api-contoso-tls" has no cert-manager issuer annotation',
            path: "spec.tls[0].secretName",
          },
        ],
      },
      {
        name: "secret synced from Key Vault",
        objects: [
          { ...ingress(), metadata: { name: "api-gateway", namespace: "payments" } },
          {
            ...secretProviderClass(),
            spec: {
              provider: "azure",
              parameters: {},
              secretObjects: [{ secretName: "api-contoso-tls", type: "kubernetes.io/tls" }],
            },
          },
        ],
        expected: [],
      },
      { name: "cert-manager annotation", objects: [ingress()], expected: [] },
    ],
  ],
  [
    workloadIdentityClientId,
    [
      {
        name: "labelled pod, service account without client-id",
        objects: [wiDeploy("web", true), sa("web")],
        expected: [
          {
            message: 'ServiceAccount "web" has no azure.workload.identity/client-id annotation',
            path: 'spec.template.metadata.labels["azure.workload.identity/use"]',
          },
        ],
      },
      {
        name: "annotated service account",
        objects: [wiDeploy("web", true), sa("web", { "azure.workload.identity/client-id": "id" })],
        expected: [],
      },
      { name: "the well-configured Deployment", objects: [deployment(), serviceAccount()], expected: [] },
    ],
  ],
  [
    workloadIdentityLabel,
    [
      {
        name: "federated service account, unlabelled pod",
        objects: [wiDeploy("web", false), sa("web", { "azure.workload.identity/client-id": "id" })],
        expected: [
          { message: "lacks the label azure.workload.identity/use", path: "spec.template.metadata.labels" },
        ],
      },
      {
        name: "labelled",
        objects: [wiDeploy("web", true), sa("web", { "azure.workload.identity/client-id": "id" })],
        expected: [],
      },
    ],
  ],
  [
    spcUnused,
    [
      {
        name: "nobody mounts it",
        objects: [spc("kv-unused"), csiPod("kv")],
        expected: [
          { message: 'SecretProviderClass "kv-unused" is not mounted by any pod', path: "metadata.name" },
        ],
      },
      { name: "mounted", objects: [spc("kv"), csiPod("kv")], expected: [] },
    ],
  ],
  [
    spcMissing,
    [
      {
        name: "mounts a SecretProviderClass that is not there",
        objects: [csiPod("kv-secret"), spc("kv-secrets")],
        expected: [
          {
            message: 'mounts SecretProviderClass "kv-secret", which is not in namespace "app"',
            path: "spec.template.spec.volumes[0].csi.volumeAttributes.secretProviderClass",
          },
        ],
      },
      {
        name: "namespace described, no SecretProviderClass at all",
        objects: [csiPod("kv"), ns("app")],
        expected: [
          {
            message: 'SecretProviderClass "kv"',
            path: "spec.template.spec.volumes[0].csi.volumeAttributes.secretProviderClass",
          },
        ],
      },
      { name: "namespace not described by the input", objects: [csiPod("kv")], expected: [] },
    ],
  ],
  [
    spcIdentity,
    [
      {
        name: "pod identity and VM identity",
        objects: [spc("kv", { usePodIdentity: "true", useVMManagedIdentity: "true" })],
        expected: [
          { message: "retired AAD pod identity", path: "spec.parameters.usePodIdentity" },
          { message: "shared kubelet identity", path: "spec.parameters.useVMManagedIdentity" },
        ],
      },
      { name: "workload identity", objects: [secretProviderClass()], expected: [] },
    ],
  ],
  [
    podIdentity,
    [
      {
        name: "aadpodidbinding label and AzureIdentity",
        objects: [
          {
            ...deploy(app()),
            spec: {
              selector: { matchLabels: { app: "web" } },
              template: { metadata: { labels: { app: "web", aadpodidbinding: "web" } }, spec: app() },
            },
          },
          {
            apiVersion: "aadpodidentity.k8s.io/v1",
            kind: "AzureIdentity",
            metadata: { name: "web", namespace: "app" },
            spec: {},
          },
        ],
        expected: [
          { message: "labelled aadpodidbinding", path: "spec.template.metadata.labels.aadpodidbinding" },
          {
            message: "AzureIdentity belongs to the retired AAD pod identity",
            path: "kind",
            object: "AzureIdentity/app/web",
          },
        ],
      },
      { name: "workload identity", objects: [deployment()], expected: [] },
    ],
  ],
  [
    secretManifest,
    [
      {
        name: "Secret with values",
        objects: [
          {
            apiVersion: "v1",
            kind: "Secret",
            metadata: { name: "db", namespace: "app" },
            type: "Opaque",
            stringData: { password: "hunter2", user: "app" },
          },
        ],
        expected: [
          {
            message: "carries 2 values in stringData (password, user); values not shown",
            path: "stringData",
          },
        ],
      },
      {
        name: "SOPS-encrypted Secret",
        objects: [
          {
            apiVersion: "v1",
            kind: "Secret",
            metadata: { name: "db", namespace: "app" },
            data: { password: "ENC[AES256_GCM,data:x]" },
            sops: { version: "3.9.0" },
          },
        ],
        expected: [],
      },
    ],
  ],
  [
    namespacePsa,
    [
      {
        name: "no labels",
        objects: [ns("app")],
        expected: [
          {
            message: "has no pod-security.kubernetes.io/enforce label",
            path: 'metadata.labels["pod-security.kubernetes.io/enforce"]',
          },
        ],
      },
      {
        name: "privileged",
        objects: [ns("app", { "pod-security.kubernetes.io/enforce": "privileged" })],
        expected: [
          {
            message: "enforces the privileged Pod Security Standard",
            path: 'metadata.labels["pod-security.kubernetes.io/enforce"]',
          },
        ],
      },
      {
        name: "baseline",
        objects: [ns("app", { "pod-security.kubernetes.io/enforce": "baseline" })],
        expected: [],
      },
      { name: "kube-system is skipped", objects: [ns("kube-system")], expected: [] },
    ],
  ],
  [
    namespacePsaRestricted,
    [
      {
        name: "baseline",
        objects: [ns("app", { "pod-security.kubernetes.io/enforce": "baseline" })],
        expected: [
          {
            message: "enforces baseline Pod Security Standard instead of restricted",
            path: 'metadata.labels["pod-security.kubernetes.io/enforce"]',
          },
        ],
      },
      { name: "restricted", objects: [namespace()], expected: [] },
    ],
  ],
]);

describe("security/allowed-registries with an explicit allowlist", () => {
  it("accepts registries and prefixes from the list and nothing else", () => {
    const rule = createAllowedRegistriesRule(["ghcr.io/contoso/", "mcr.microsoft.com"]);
    const objects = [
      pod({
        containers: [
          { name: "a", image: "ghcr.io/contoso/api:1" },
          { name: "b", image: "ghcr.io/other/api:1" },
          { name: "c", image: "contosoacr.azurecr.io/api:1" },
        ],
      }),
    ];
    expect(audit(rule, objects).map((f) => f.location.path)).toEqual([
      "spec.containers[1].image",
      "spec.containers[2].image",
    ]);
  });
});

describe("secret values never reach messages", () => {
  it("redacts env values and ConfigMap data", () => {
    const findings = [
      ...audit(envLiteralSecret, [
        pod({
          containers: [
            { name: "app", image: "a:1", env: [{ name: "JWT_SECRET", value: "super-secret-value-123" }] },
          ],
        }),
      ]),
      ...audit(configmapSecrets, [
        {
          apiVersion: "v1",
          kind: "ConfigMap",
          metadata: { name: "c", namespace: "app" },
          data: { password: "super-secret-value-123" },
        },
      ]),
      ...audit(secretManifest, [
        {
          apiVersion: "v1",
          kind: "Secret",
          metadata: { name: "s", namespace: "app" },
          stringData: { token: "super-secret-value-123" },
        },
      ]),
    ];
    expect(findings).toHaveLength(3);
    for (const f of findings) expect(f.message).not.toContain("super-secret-value-123");
  });
});
