/**
 * Kubernetes manifests given to upgrade-plan: files or folders of YAML/JSON, each object tagged with its file
 * and, for YAML streams of single objects, the line its document starts on.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { LineCounter, parseAllDocuments } from "yaml";
import { UsageError } from "../errors.js";
import { parseObjects, readInputs } from "../diagnose/input.js";
import type { KubeObject } from "../diagnose/kube.js";

export interface ManifestObject {
  file: string;
  /** 1-based line of the object's document, when known. */
  line?: number;
  object: KubeObject;
}

async function expand(path: string): Promise<string[]> {
  let s;
  try {
    s = await stat(path);
  } catch {
    throw new UsageError(`${path} does not exist; pass Kubernetes manifest files or folders`);
  }
  if (!s.isDirectory()) return [path];
  const out: string[] = [];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const full = join(path, e.name);
    if (e.isDirectory()) out.push(...(await expand(full)));
    else if (/\.(ya?ml|json)$/i.test(e.name)) out.push(full);
  }
  return out;
}

/** Start line of each non-empty YAML document (its first content line, after comments and `---`). */
function documentLines(text: string): number[] {
  const lineCounter = new LineCounter();
  return parseAllDocuments(text, { lineCounter })
    .filter((d) => d.contents !== null)
    .map((d) => lineCounter.linePos(d.contents!.range[0]).line);
}

export function manifestLocation(m: ManifestObject): string {
  return m.line !== undefined ? `${m.file}:${m.line}` : m.file;
}

export async function loadManifests(paths: string[]): Promise<ManifestObject[]> {
  const files = (await Promise.all(paths.map(expand))).flat();
  const docs = await readInputs(files, () => Promise.resolve(""));
  return docs.flatMap((d) => {
    const objects = parseObjects(d);
    const yaml = !/^\s*[[{]/.test(d.text);
    const lines = yaml ? documentLines(d.text) : [];
    // Lines are exact only when every document holds one object (no List wrapping several).
    const exact = lines.length === objects.length;
    return objects.map((object, i) => ({ file: d.file, object, ...(exact ? { line: lines[i] } : {}) }));
  });
}
