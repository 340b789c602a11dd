/**
 * Deterministic YAML for Kubernetes objects (STYLE.md habit 7, cdk8s `sanitizeValue` style):
 * apiVersion, kind and metadata first, every other key sorted, `undefined` dropped, no line folding,
 * the generated-by header on top, one `---` between documents.
 */
import { stringify } from "yaml";
import type { KubeObject } from "../types.js";

const FIRST = ["apiVersion", "kind", "metadata"];

/** Returns a copy with keys sorted (apiVersion/kind/metadata first at the top level) and undefined removed. */
export function sanitize(value: unknown, top = false): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map((v) => sanitize(v));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => {
    if (top) {
      const ia = FIRST.indexOf(a);
      const ib = FIRST.indexOf(b);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
    }
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k] = sanitize(v);
  return out;
}

/** One document, without header. */
export function toYamlDocument(obj: KubeObject): string {
  return stringify(sanitize(obj, true), { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}

/** A whole file: the header (already commented) then the documents separated by `---`. */
export function toYamlFile(header: string, objects: KubeObject[]): string {
  return header + objects.map((o) => (objects.length > 1 ? "---\n" : "") + toYamlDocument(o)).join("");
}
