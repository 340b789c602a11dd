/** Kubernetes manifests given to upgrade-plan: files or folders of YAML/JSON, each object tagged with its file. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import { parseObjects, readInputs } from "../diagnose/input.js";
import type { KubeObject } from "../diagnose/kube.js";

export interface ManifestObject {
  file: string;
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

export async function loadManifests(paths: string[]): Promise<ManifestObject[]> {
  const files = (await Promise.all(paths.map(expand))).flat();
  const docs = await readInputs(files, () => Promise.resolve(""));
  return docs.flatMap((d) => parseObjects(d).map((object) => ({ file: d.file, object })));
}
