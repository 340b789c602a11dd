/**
 * The targets of `akskit generate`: each turns the platform model into files under out/. ARM, Bicep and
 * the az CLI script come from the ARM-shaped resource model (src/azure), Terraform from src/azure/terraform,
 * the Flux repository from src/gitops.
 */
import { buildAzCliFiles } from "../azure/emit/azcli.js";
import { buildArmFiles, buildBicepFiles } from "../azure/index.js";
import { buildTerraformFiles } from "../azure/terraform/index.js";
import { UsageError } from "../errors.js";
import { buildGitOpsFiles } from "../gitops/index.js";
import type { PlatformModel } from "../model/types.js";
import type { GeneratedFile } from "./types.js";

export const TARGET_NAMES = ["bicep", "terraform", "arm", "azcli", "flux"] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface Target {
  name: TargetName;
  /** Where its files go, relative to out/. */
  folder: string;
  description: string;
  build: (platform: PlatformModel) => GeneratedFile[];
}

export const TARGETS: Record<TargetName, Target> = {
  bicep: {
    name: "bicep",
    folder: "infra/bicep",
    description: "main.bicep, modules/<concern>.bicep shared by every environment, <env>.bicepparam",
    build: buildBicepFiles,
  },
  terraform: {
    name: "terraform",
    folder: "infra/terraform",
    description: "azurerm root module, modules per concern, <env>.tfvars",
    build: buildTerraformFiles,
  },
  arm: {
    name: "arm",
    folder: "infra/arm",
    description: "<env>.json subscription-scope templates",
    build: buildArmFiles,
  },
  azcli: {
    name: "azcli",
    folder: "infra/azcli",
    description: "<env>.sh imperative quick start",
    build: buildAzCliFiles,
  },
  flux: {
    name: "flux",
    folder: "gitops",
    description: "the Flux GitOps repository",
    build: buildGitOpsFiles,
  },
};

/** `bicep,arm` → ["bicep", "arm"] (deduplicated, in the canonical order); throws UsageError on unknown names. */
export function parseTargets(list: string | undefined): TargetName[] {
  if (list === undefined || list.trim() === "" || list.trim() === "all") return [...TARGET_NAMES];
  const names = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names)
    if (!(TARGET_NAMES as readonly string[]).includes(n))
      throw new UsageError(
        `unknown target "${n}"; use one or more of ${TARGET_NAMES.join(", ")} (comma-separated)`,
      );
  return TARGET_NAMES.filter((t) => names.includes(t));
}

export interface TargetOutput {
  target: TargetName;
  files: GeneratedFile[];
}

/** Builds the files of each target, in memory. Paths are checked to stay inside out/ and be unique. */
export function generateTargets(platform: PlatformModel, targets: TargetName[]): TargetOutput[] {
  const seen = new Map<string, TargetName>();
  return targets.map((t) => {
    const files = TARGETS[t].build(platform);
    for (const f of files) {
      if (f.path.startsWith("/") || f.path.split("/").includes("..") || f.path.startsWith(".akskit/"))
        throw new Error(`target ${t} produced a file outside the output folder: ${f.path}`);
      const other = seen.get(f.path);
      if (other) throw new Error(`targets ${other} and ${t} both produced ${f.path}`);
      seen.set(f.path, t);
    }
    return { target: t, files: [...files].sort((a, b) => a.path.localeCompare(b.path)) };
  });
}

/**
 * Whether a generated path belongs to one environment only (`<env>.json`, `<env>.sh`, `<env>.bicepparam`,
 * `<env>.tfvars`, `clusters/<env>/...`, `gitops/<env>/...`), and to which.
 */
export function environmentOf(path: string, environments: string[]): string | undefined {
  const parts = path.split("/");
  const base = parts[parts.length - 1]!.replace(/\.[^.]+$/, "");
  for (const env of environments) {
    if (base === env) return env;
    for (let i = 0; i < parts.length - 1; i++)
      if (
        parts[i + 1] === env &&
        (parts[i] === "clusters" || parts[i] === "gitops" || parts[i] === "environments")
      )
        return env;
  }
  return undefined;
}
