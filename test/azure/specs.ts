/** Test helper: every bundled example and a minimal spec per preset, loaded and resolved. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { PlatformModel } from "../../src/model/types.js";
import { loadPlatform, loadPlatformText } from "../../src/spec/index.js";

export const EXAMPLES_DIR = join(import.meta.dirname, "..", "..", "examples");

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
}

/**
 * Where the snapshot of a generated file lives. An example's output is the committed
 * `examples/out/<example>/` (which CI also checks with `generate --check`), so it is not kept twice;
 * presets and the variants spec keep theirs under test/azure/__snapshots__/.
 * `path` is the generated file's path (e.g. `infra/arm/prod.json`).
 */
export function snapshotFile(label: string, path: string): string {
  return exampleFiles().includes(`${label}.yaml`)
    ? join(EXAMPLES_DIR, "out", label, path)
    : join(import.meta.dirname, "__snapshots__", label, path);
}

export function presetSpec(preset: "dev" | "production" | "regulated"): string {
  return [
    "apiVersion: akskit.dev/v1alpha1",
    "kind: Platform",
    `metadata: { name: ${preset.slice(0, 3)}plat }`,
    `spec: { preset: ${preset}, location: westeurope }`,
    "",
  ].join("\n");
}

export function presetPlatform(preset: "dev" | "production" | "regulated"): PlatformModel {
  return loadPlatformText(`${preset}.yaml`, presetSpec(preset)).model;
}

/**
 * Settings no example uses, one environment each: NAT gateway egress with API server VNet integration
 * and the AKS backup extension; a standalone VNet with load balancer egress, no WAF and no Key Vault.
 */
export const VARIANTS_SPEC = [
  "apiVersion: akskit.dev/v1alpha1",
  "kind: Platform",
  "metadata: { name: variants }",
  "spec:",
  "  preset: production",
  "  location: westeurope",
  "  gitops: { repository: https://github.com/example/variants, layout: branch-per-environment }",
  "  environments:",
  "    natvnet:",
  "      network: { egress: nat-gateway }",
  "      apiServer: { access: vnet-integration }",
  "      backup: { tool: aks-backup }",
  "      registry: { geoReplicas: [northeurope] }",
  "    lean:",
  "      location: northeurope",
  "      network: { topology: standalone, egress: load-balancer, spokeAddressSpace: 10.250.0.0/16 }",
  "      apiServer: { access: public, authorizedIpRanges: [203.0.113.0/24] }",
  "      ingress: { waf: false }",
  "      keyVault: { enabled: false }",
  "      registry: { sku: Standard, privateEndpoint: false }",
  "      backup: { tool: none }",
  "      observability: { grafana: false, managedPrometheus: false }",
  "      policy: { azurePolicy: restricted, mode: deny }",
  "",
].join("\n");

/** Examples by file name (as `examples/<name>`) and presets by `preset:<name>`. */
export async function allPlatforms(): Promise<{ label: string; platform: PlatformModel }[]> {
  const out: { label: string; platform: PlatformModel }[] = [];
  for (const f of exampleFiles())
    out.push({ label: f.replace(/\.yaml$/, ""), platform: (await loadPlatform(`examples/${f}`)).model });
  for (const p of ["dev", "production", "regulated"] as const)
    out.push({ label: `preset-${p}`, platform: presetPlatform(p) });
  out.push({ label: "variants", platform: loadPlatformText("variants.yaml", VARIANTS_SPEC).model });
  return out;
}
