/** Checks run on a whole generated repository: typed models, kubectl kustomize, the conformance checker. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { ClusterIssuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1/ClusterIssuer";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2beta2/HelmRelease";
import { Kustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1/Kustomization";
import { HelmRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1beta2/HelmRepository";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { LimitRange } from "kubernetes-models/v1/LimitRange";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { ResourceQuota } from "kubernetes-models/v1/ResourceQuota";
import { PriorityClass } from "kubernetes-models/scheduling.k8s.io/v1/PriorityClass";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import type { GeneratedFile } from "../../src/generate/types.js";
import type { KubeObject, ManifestFile } from "../../src/gitops/types.js";

type Validator = (o: KubeObject) => void;
/* eslint-disable @typescript-eslint/no-explicit-any -- each model takes its own literal type */
const model =
  (Ctor: new (data: any) => { validate(): void }, apiVersion?: string): Validator =>
  (o) =>
    new Ctor(apiVersion ? { ...o, apiVersion } : o).validate();
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Kinds validated with an installed typed model (`apiVersion kind` → validator). */
export const TYPED_MODELS: Record<string, Validator> = {
  "v1 Namespace": model(Namespace),
  "v1 ResourceQuota": model(ResourceQuota),
  "v1 LimitRange": model(LimitRange),
  "v1 ConfigMap": model(ConfigMap),
  "v1 Service": model(Service),
  "v1 ServiceAccount": model(ServiceAccount),
  "scheduling.k8s.io/v1 PriorityClass": model(PriorityClass),
  "apps/v1 Deployment": model(Deployment),
  "autoscaling/v2 HorizontalPodAutoscaler": model(HorizontalPodAutoscaler),
  "policy/v1 PodDisruptionBudget": model(PodDisruptionBudget),
  "networking.k8s.io/v1 NetworkPolicy": model(NetworkPolicy),
  "networking.k8s.io/v1 Ingress": model(Ingress),
  "kustomize.toolkit.fluxcd.io/v1 Kustomization": model(Kustomization),
  // GA versions with the beta models' fields (src/gitops/flux-types.ts).
  "helm.toolkit.fluxcd.io/v2 HelmRelease": model(HelmRelease, "helm.toolkit.fluxcd.io/v2beta2"),
  "source.toolkit.fluxcd.io/v1 HelmRepository": model(HelmRepository, "source.toolkit.fluxcd.io/v1beta2"),
  "cert-manager.io/v1 ClusterIssuer": model(ClusterIssuer),
  "monitoring.coreos.com/v1 PodMonitor": model(PodMonitor),
  "monitoring.coreos.com/v1 PrometheusRule": model(PrometheusRule),
};

/** Kinds without an installed model: validated against their CRD schemas by the conformance checker. */
export const CRD_CHECKED = new Set([
  "kyverno.io/v1 ClusterPolicy",
  "templates.gatekeeper.sh/v1 ConstraintTemplate",
  "velero.io/v1 Schedule",
  "secrets-store.csi.x-k8s.io/v1 SecretProviderClass",
  "gateway.networking.k8s.io/v1 Gateway",
  "gateway.networking.k8s.io/v1 HTTPRoute",
  "azmonitoring.coreos.com/v1 PodMonitor",
  "kustomize.config.k8s.io/v1beta1 Kustomization",
]);

/** Validates every object; returns the problems (kind/name: message). */
export function typedModelProblems(manifests: ManifestFile[]): string[] {
  const problems: string[] = [];
  for (const f of manifests)
    for (const o of f.objects) {
      const key = `${o.apiVersion} ${o.kind}`;
      const v = TYPED_MODELS[key];
      if (v) {
        try {
          v(o);
        } catch (e) {
          problems.push(`${f.path} ${key} ${o.metadata?.name}: ${(e as Error).message}`);
        }
      } else if (!CRD_CHECKED.has(key) && o.apiVersion !== "constraints.gatekeeper.sh/v1beta1")
        problems.push(`${f.path} ${key}: no model and no CRD schema check`);
    }
  return problems;
}

export function writeTree(files: GeneratedFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), "akskit-gitops-"));
  for (const f of files) {
    const p = join(dir, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.content);
  }
  return dir;
}

function kustomizationDirs(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e === "kustomization.yaml") out.push(d);
    }
  };
  walk(dir);
  return out;
}

export function hasKubectl(): boolean {
  return spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" }).status === 0;
}

/** Runs `kubectl kustomize` on every folder with a kustomization.yaml; writes each build to `builds/`. */
export function kustomizeAll(
  dir: string,
  dropKinds: string[] = [],
): { folders: number; failures: string[]; builds: string } {
  const builds = mkdtempSync(join(tmpdir(), "akskit-builds-"));
  const failures: string[] = [];
  const dirs = kustomizationDirs(dir);
  for (const d of dirs) {
    const r = spawnSync("kubectl", ["kustomize", d], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) failures.push(`${d.slice(dir.length + 1)}: ${r.stderr.split("\n")[0]}`);
    else {
      const docs = r.stdout
        .split(/^---\n/m)
        .filter((doc) => !dropKinds.some((k) => doc.includes(`\nkind: ${k}\n`)));
      writeFileSync(join(builds, `${d.slice(dir.length + 1).replace(/\//g, "_")}.yaml`), docs.join("---\n"));
    }
  }
  return { folders: dirs.length, failures, builds };
}

export const SHARED = process.env.AKSKIT_SHARED ?? resolve("..", "shared");
export const CHECKER = join(SHARED, "tools", "conformance", "check.mjs");

export interface Conformance {
  files: number;
  objects: number;
  valid: number;
  invalid: number;
  noSchema: number;
  errors: { file: string; what: string; message: string }[];
}

/**
 * The shared conformance checker on a folder. Its ajv cannot compile the PrometheusRule CRD schema
 * (a `(?i)` regex flag JavaScript does not know), so files holding PrometheusRules are checked with
 * the prometheus-operator model instead and left out here.
 */
export function conformance(dir: string): Conformance {
  const r = spawnSync("node", [CHECKER, "--json", dir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const start = r.stdout.indexOf("{");
  if (start < 0) throw new Error(`conformance checker failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  const json = r.stdout.slice(start);
  return JSON.parse(json) as Conformance;
}

export function hasChecker(): boolean {
  return existsSync(CHECKER);
}
