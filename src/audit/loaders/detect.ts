/**
 * Which loader reads which input: file names first (`.tf`, `.tfvars`, `.bicep`), then content (JSON:
 * ARM template, ARM parameters, `az` output or Kubernetes; otherwise YAML, or HCL on stdin).
 * Directories are walked (skipping hidden folders, `node_modules` and `.terraform`), excludes applied.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { matchesPathGlob } from "../glob.js";
import { isArmParameters, isArmTemplate } from "./arm.js";
import { isAzJson } from "./az-json.js";

export type NameKind = "terraform" | "tfvars" | "json" | "yaml" | "bicep" | "other";

export function kindByName(file: string): NameKind {
  const name = basename(file).toLowerCase();
  if (name.endsWith(".tf")) return "terraform";
  if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) return "tfvars";
  if (name.endsWith(".bicep") || name.endsWith(".bicepparam")) return "bicep";
  const ext = extname(name);
  if (ext === ".json") return "json";
  if (ext === ".yaml" || ext === ".yml") return "yaml";
  return "other";
}

export type JsonKind = "arm" | "arm-parameters" | "az-json" | "kubernetes";

/** Classifies a parsed JSON document. */
export function jsonKind(value: unknown): JsonKind {
  if (isArmParameters(value)) return "arm-parameters";
  if (isArmTemplate(value)) return "arm";
  if (isAzJson(value)) return "az-json";
  return "kubernetes";
}

export type TextKind = "json" | "hcl" | "yaml";

/** Classifies text without a file name (stdin). */
export function textKind(text: string): TextKind {
  const head = text.trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (
    /^\s*(resource|variable|terraform|provider|locals|module|data|output)\s+("|\{)/m.test(text.slice(0, 4096))
  )
    return "hcl";
  return "yaml";
}

/** Is this YAML text an akskit spec (which `akskit validate`/`plan` read, not `audit`)? */
export function isAkskitSpec(text: string): boolean {
  return /^apiVersion:\s*["']?akskit\.dev\//m.test(text.slice(0, 4096));
}

export interface ExpandedInput {
  file: string;
  /** Found by walking a directory (unrecognized content is skipped silently) rather than named. */
  discovered: boolean;
}

const SKIP_DIRS = new Set(["node_modules", ".terraform", ".git"]);

/** Expands directories into the files akskit can read; applies excludes; keeps `-` (stdin) as is. */
export async function expandPaths(
  paths: readonly string[],
  excludes: readonly string[],
  cwd: string,
): Promise<{ inputs: ExpandedInput[]; missing: string[] }> {
  const inputs: ExpandedInput[] = [];
  const missing: string[] = [];
  const excluded = (p: string): boolean => {
    const rel = relative(cwd, p) || p;
    return excludes.some((g) => matchesPathGlob(rel, g) || matchesPathGlob(p, g));
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (excluded(p)) continue;
      if (e.isDirectory()) {
        if (e.name.startsWith(".") || SKIP_DIRS.has(e.name)) continue;
        await walk(p);
      } else if (e.isFile() && kindByName(p) !== "other" && !isToolingJson(e.name)) {
        inputs.push({ file: p, discovered: true });
      }
    }
  };
  for (const p of paths) {
    if (p === "-") {
      inputs.push({ file: "-", discovered: false });
      continue;
    }
    let s;
    try {
      s = await stat(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (s.isDirectory()) await walk(p);
    else if (!excluded(p)) inputs.push({ file: p, discovered: false });
  }
  return { inputs, missing };
}

/** JSON files in a repository that are never Azure or Kubernetes input. */
function isToolingJson(name: string): boolean {
  return /^(package(-lock)?|tsconfig(\..*)?|composer|\.?eslintrc|renovate|lerna|turbo)\.json$/.test(name);
}
