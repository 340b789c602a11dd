/**
 * The whole repository per example and per preset: snapshot, determinism, header on every file,
 * every object valid for its typed model, `kubectl kustomize` builds every folder, and the shared
 * conformance checker finds nothing invalid in the files or in the builds.
 */
import { mkdirSync, mkdtempSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGitOpsFiles, buildGitOpsManifests } from "../../src/gitops/index.js";
import { GENERATED_MARKER } from "../../src/generate/header.js";
import type { PlatformModel } from "../../src/model/types.js";
import { loadPlatform, loadPlatformText } from "../../src/spec/index.js";
import {
  conformance,
  hasChecker,
  hasKubectl,
  kustomizeAll,
  typedModelProblems,
  writeTree,
} from "./repository-checks.js";

const presetSpec = (preset: string) => `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: p${preset} }
spec: { preset: ${preset}, location: westeurope }
`;

/** Everything a preset does not exercise: Gatekeeper, Traefik with Gateway API, self-hosted Prometheus, branch layout. */
const VARIANT = `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: contoso, owner: platform }
spec:
  preset: production
  location: westeurope
  ingress: { controller: traefik, gatewayApi: true, tls: { issuer: letsencrypt-staging, email: ops@contoso.example } }
  policy: { engine: gatekeeper, azurePolicy: none, mode: deny, requiredLabels: [team, owner] }
  observability: { selfHostedPrometheus: true, managedPrometheus: false, grafana: false }
  gitops: { layout: branch-per-environment }
  nodePools:
    - { name: system, mode: System, vmSize: Standard_D4ds_v5, min: 3, max: 6 }
    - { name: apps, mode: User, vmSize: Standard_D8ds_v5, min: 3, max: 20 }
    - { name: spot, mode: User, vmSize: Standard_D4ds_v5, priority: Spot, min: 0, max: 5 }
    - { name: gpu, mode: User, vmSize: Standard_NC6s_v3, gpu: true, min: 0, max: 2 }
  environments:
    staging: { policy: { mode: audit }, workloads: { web: { host: www.staging.contoso.example, tag: "2.0.0-rc1", replicas: { min: 1, max: 1 } } } }
    prod: {}
  namespaces:
    - { name: shop, team: web, labels: { owner: web-team } }
    - { name: batch, team: data }
  workloads:
    - { name: web, namespace: shop, image: crcontoso.azurecr.io/web:1.9.0, port: 8080, ingress: { host: www.contoso.example }, metrics: { path: /metrics, port: 9090 }, allowFrom: [batch/worker], replicas: { min: 3, max: 12, memoryTarget: 80 } }
    - { name: worker, namespace: batch, image: crcontoso.azurecr.io/worker:0.3.1, port: 8081, nodePool: spot, identity: { roles: [{ role: Storage Blob Data Reader, scope: resourceGroup }] }, replicas: { min: 2, max: 2 } }
    - { name: trainer, namespace: batch, image: crcontoso.azurecr.io/trainer@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, port: 8082, nodePool: gpu, health: { path: /ready, startupSeconds: 120 } }
`;

function snapshotText(platform: PlatformModel): string {
  return buildGitOpsFiles(platform)
    .map((f) => `=== ${f.path}\n${f.content}`)
    .join("\n");
}

/** The checks every repository must pass. */
function repositoryChecks(name: string, load: () => Promise<PlatformModel>): void {
  describe(`repository: ${name}`, () => {
    it("matches the snapshot", async () => {
      await expect(snapshotText(await load())).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
    });

    it("is deterministic: two builds from two loads are byte-identical", async () => {
      expect(buildGitOpsFiles(await load())).toEqual(buildGitOpsFiles(await load()));
    });

    it("every file is YAML starting with the generated-by header; paths are unique and sorted", async () => {
      const files = buildGitOpsFiles(await load());
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        expect(f.path).toMatch(/^gitops\/.+\.yaml$/);
        expect(f.content.startsWith(`# ${GENERATED_MARKER} from `)).toBe(true);
      }
      const paths = files.map((f) => f.path);
      expect(new Set(paths).size).toBe(paths.length);
      expect([...paths].sort()).toEqual(paths);
    });

    it("every object validates against its typed model (or is left to its CRD schema)", async () => {
      expect(typedModelProblems(buildGitOpsManifests(await load()))).toEqual([]);
    });

    it.skipIf(!hasKubectl())(
      "kubectl kustomize builds every folder",
      async () => {
        const dir = writeTree(buildGitOpsFiles(await load()));
        const r = kustomizeAll(dir);
        expect(r.failures).toEqual([]);
        expect(r.folders).toBeGreaterThan(3);
      },
      180_000,
    );
  });
}

const CASES: Record<string, () => Promise<PlatformModel>> = {
  "example-minimal": async () => (await loadPlatform("examples/minimal.yaml")).model,
  "example-production": async () => (await loadPlatform("examples/production.yaml")).model,
  "example-regulated": async () => (await loadPlatform("examples/regulated.yaml")).model,
  "preset-dev": () => Promise.resolve(loadPlatformText("dev.yaml", presetSpec("dev")).model),
  "preset-production": () =>
    Promise.resolve(loadPlatformText("production.yaml", presetSpec("production")).model),
  "preset-regulated": () =>
    Promise.resolve(loadPlatformText("regulated.yaml", presetSpec("regulated")).model),
  variant: () => Promise.resolve(loadPlatformText("variant.yaml", VARIANT).model),
};

repositoryChecks("example-minimal", CASES["example-minimal"]!);
repositoryChecks("example-production", CASES["example-production"]!);
repositoryChecks("example-regulated", CASES["example-regulated"]!);
repositoryChecks("preset-dev", CASES["preset-dev"]!);
repositoryChecks("preset-production", CASES["preset-production"]!);
repositoryChecks("preset-regulated", CASES["preset-regulated"]!);
repositoryChecks("variant", CASES.variant!);

describe("conformance (../shared/tools/conformance)", () => {
  // One checker run over every case: it loads every schema on start, which takes most of its time.
  it.skipIf(!hasChecker() || !hasKubectl())(
    "0 invalid in the files and in the kustomize builds of every example and preset",
    async () => {
      const root = mkdtempSync(join(tmpdir(), "akskit-conformance-"));
      for (const [name, load] of Object.entries(CASES)) {
        const files = buildGitOpsFiles(await load());
        mkdirSync(join(root, name));
        const tree = writeTree(files.filter((f) => !f.content.includes("\nkind: PrometheusRule\n")));
        renameSync(tree, join(root, name, "files"));
        const built = kustomizeAll(writeTree(files), ["PrometheusRule"]);
        expect(built.failures).toEqual([]);
        renameSync(built.builds, join(root, name, "builds"));
      }
      const r = conformance(root);
      expect(r.errors).toEqual([]);
      expect(r.invalid).toBe(0);
      expect(r.valid).toBeGreaterThan(500);
    },
    // The checker loads every upstream schema on start; on a busy 2-core machine that takes a while.
    600_000,
  );
});
