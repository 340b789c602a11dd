/** The platforms the Terraform tests generate: the bundled examples and one spec per preset. */
import { existsSync } from "node:fs";
import { loadPlatform, loadPlatformText } from "../../../src/spec/index.js";
import type { PlatformModel } from "../../../src/model/types.js";

export const EXAMPLES = [
  "examples/production.yaml",
  "examples/minimal.yaml",
  "examples/regulated.yaml",
].filter((f) => existsSync(f));

export const PRESET_SPECS: Record<string, string> = {
  dev: `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: devplat }
spec: { preset: dev, location: westeurope }
`,
  production: `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: prodplat }
spec: { preset: production, location: westeurope }
`,
  regulated: `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: regplat }
spec: { preset: regulated, location: westeurope }
`,
  /** Environments that disagree, so that every gate (count / dynamic) is exercised. */
  mixed: `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: mixed }
spec:
  preset: production
  location: westeurope
  backup: { tool: aks-backup }
  environments:
    dev:
      network: { egress: nat-gateway, topology: standalone, spokeAddressSpace: 10.10.0.0/16 }
      apiServer: { access: public, authorizedIpRanges: [203.0.113.0/24] }
      security: { defender: false }
      registry: { enabled: false }
      keyVault: { enabled: false }
      ingress: { waf: false, controller: nginx }
      observability: { managedPrometheus: false, grafana: false, containerInsights: false, logCategories: [guard] }
      backup: { tool: velero }
      gitops: { enabled: false }
      policy: { azurePolicy: none }
    prod:
      apiServer: { access: vnet-integration }
      security: { customerManagedKeys: true }
      observability: { flowLogs: true }
`,
};

export async function examplePlatform(file: string): Promise<PlatformModel> {
  return (await loadPlatform(file)).model;
}

export function presetPlatform(preset: string): PlatformModel {
  return loadPlatformText(`presets/${preset}.yaml`, PRESET_SPECS[preset]!).model;
}

/** Every platform under test, by a short name. */
export async function allPlatforms(): Promise<[string, PlatformModel][]> {
  const out: [string, PlatformModel][] = [];
  for (const f of EXAMPLES)
    out.push([f.replace(/^examples\//, "").replace(/\.yaml$/, ""), await examplePlatform(f)]);
  for (const p of Object.keys(PRESET_SPECS)) out.push([p === "mixed" ? p : `preset-${p}`, presetPlatform(p)]);
  return out;
}
