/** Test helpers: platforms from small literal specs, and lookups into generated manifests. */
import { loadPlatformText } from "../../src/spec/index.js";
import type { ClusterModel, PlatformModel, ResolvedWorkload } from "../../src/model/types.js";
import type { KubeObject } from "../../src/gitops/types.js";

/** A platform from spec YAML text (the `spec:` body, indented by two spaces). */
export function platformFrom(specBody: string, name = "contoso"): PlatformModel {
  const text = `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: ${name}, owner: platform-team }
spec:
${specBody}`;
  return loadPlatformText("test.yaml", text).model;
}

/** The first cluster of a platform built from spec text. */
export function clusterFrom(specBody: string): ClusterModel {
  return platformFrom(specBody).clusters[0]!;
}

export function workload(model: ClusterModel, name: string): ResolvedWorkload {
  const w = model.workloads.find((x) => x.name === name);
  if (!w) throw new Error(`no workload ${name}`);
  return w;
}

/** A spec with one namespace and the given workloads (YAML flow mappings, one per line). */
export function specWith(workloads: string[], extra = ""): string {
  return `  preset: production
  location: westeurope
${extra}  namespaces:
    - { name: shop, team: web }
  workloads:
${workloads.map((w) => `    - ${w}`).join("\n")}
`;
}

/** Reads a field path like `spec.template.spec` from an object. */
export function field(o: KubeObject | undefined, path: string): unknown {
  return path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
}
