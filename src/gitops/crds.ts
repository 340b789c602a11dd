/**
 * Small typed models for the custom resources that no installed package models (Kyverno, Gatekeeper,
 * Velero, the Secrets Store CSI driver, Gateway API, Azure Monitor's PodMonitor). Only the fields akskit
 * writes; the tests validate every generated object against the CRDs' own schemas
 * (../shared/schemas/crd-schemas through the conformance checker).
 */
import type { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import type { ILabelSelector } from "@kubernetes-models/apimachinery/apis/meta/v1/LabelSelector";

interface Meta {
  metadata: IObjectMeta & { name: string };
}

// ---------------------------------------------------------------------------------------------------------
// Kyverno (kyverno.io/v1 ClusterPolicy, kyverno.io/docs/writing-policies)

export interface KyvernoResourceFilter {
  resources: { kinds: string[]; namespaces?: string[] };
}

export interface KyvernoRule {
  name: string;
  match: { any: KyvernoResourceFilter[] };
  exclude?: { any: KyvernoResourceFilter[] };
  validate?: {
    failureAction?: "Audit" | "Enforce";
    message?: string;
    pattern?: Record<string, unknown>;
    podSecurity?: { level: "baseline" | "restricted"; version: string };
    deny?: { conditions: { any: { key: string; operator: string; value: unknown }[] } };
    foreach?: {
      list: string;
      deny: { conditions: { any: { key: string; operator: string; value: unknown }[] } };
    }[];
  };
  verifyImages?: {
    imageReferences: string[];
    failureAction?: "Audit" | "Enforce";
    mutateDigest?: boolean;
    verifyDigest?: boolean;
    required?: boolean;
    attestors: { entries: KyvernoAttestor[] }[];
  }[];
}

export type KyvernoAttestor =
  | { keys: { publicKeys: string; rekor?: { ignoreTlog: boolean } } }
  | { keyless: { issuerRegExp: string; subjectRegExp: string; rekor: { url: string } } };

export interface KyvernoClusterPolicy extends Meta {
  apiVersion: "kyverno.io/v1";
  kind: "ClusterPolicy";
  spec: {
    background: boolean;
    admission?: boolean;
    webhookTimeoutSeconds?: number;
    rules: KyvernoRule[];
  };
}

// ---------------------------------------------------------------------------------------------------------
// Gatekeeper (templates.gatekeeper.sh/v1 ConstraintTemplate, constraints.gatekeeper.sh/v1beta1 constraints)

export interface GatekeeperConstraintTemplate extends Meta {
  apiVersion: "templates.gatekeeper.sh/v1";
  kind: "ConstraintTemplate";
  spec: {
    crd: {
      spec: {
        names: { kind: string };
        validation?: { openAPIV3Schema: Record<string, unknown> };
      };
    };
    targets: { target: "admission.k8s.gatekeeper.sh"; rego: string }[];
  };
}

export interface GatekeeperConstraint extends Meta {
  apiVersion: "constraints.gatekeeper.sh/v1beta1";
  kind: string;
  spec: {
    enforcementAction: "deny" | "dryrun" | "warn";
    match: {
      kinds: { apiGroups: string[]; kinds: string[] }[];
      excludedNamespaces?: string[];
    };
    parameters?: Record<string, unknown>;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Velero (velero.io/v1 Schedule, velero.io/docs/main/api-types/schedule)

export interface VeleroSchedule extends Meta {
  apiVersion: "velero.io/v1";
  kind: "Schedule";
  spec: {
    schedule: string;
    useOwnerReferencesInBackup: boolean;
    template: {
      includedNamespaces: string[];
      ttl: string;
      storageLocation: string;
      snapshotVolumes: boolean;
      volumeSnapshotLocations?: string[];
    };
  };
}

// ---------------------------------------------------------------------------------------------------------
// Secrets Store CSI driver (secrets-store.csi.x-k8s.io/v1 SecretProviderClass, Azure provider parameters:
// learn.microsoft.com/azure/aks/csi-secrets-store-identity-access#configure-workload-identity)

export interface SecretProviderClass extends Meta {
  apiVersion: "secrets-store.csi.x-k8s.io/v1";
  kind: "SecretProviderClass";
  spec: {
    provider: "azure";
    parameters: Record<string, string>;
    secretObjects?: {
      secretName: string;
      type: string;
      data: { objectName: string; key: string }[];
      labels?: Record<string, string>;
    }[];
  };
}

// ---------------------------------------------------------------------------------------------------------
// Gateway API (gateway.networking.k8s.io/v1)

export interface ParentReference {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  sectionName?: string;
}

export interface HTTPRoute extends Meta {
  apiVersion: "gateway.networking.k8s.io/v1";
  kind: "HTTPRoute";
  spec: {
    parentRefs: ParentReference[];
    hostnames: string[];
    rules: {
      matches: { path: { type: "PathPrefix" | "Exact"; value: string } }[];
      backendRefs: { name: string; port: number }[];
    }[];
  };
}

export interface GatewayListener {
  name: string;
  protocol: "HTTP" | "HTTPS";
  port: number;
  hostname?: string;
  tls?: { mode: "Terminate"; certificateRefs: { kind: "Secret"; name: string }[] };
  allowedRoutes: { namespaces: { from: "All" | "Same" | "Selector"; selector?: ILabelSelector } };
}

export interface Gateway extends Meta {
  apiVersion: "gateway.networking.k8s.io/v1";
  kind: "Gateway";
  spec: { gatewayClassName: string; listeners: GatewayListener[] };
}

// ---------------------------------------------------------------------------------------------------------
// Azure Monitor managed Prometheus (azmonitoring.coreos.com/v1 PodMonitor,
// learn.microsoft.com/azure/azure-monitor/containers/prometheus-metrics-scrape-crd)

export interface AzMonitoringPodMonitor extends Meta {
  apiVersion: "azmonitoring.coreos.com/v1";
  kind: "PodMonitor";
  spec: {
    selector: ILabelSelector;
    podMetricsEndpoints: { port: string; path: string; interval: string; scheme?: string }[];
  };
}
