/**
 * The spec's findings through the same rules that audit real clusters (DESIGN.md "One rule set"):
 * each environment's ARM template and rendered Kubernetes objects are built in memory and loaded through
 * the audit loaders, exactly as `akskit audit` would read them from disk, then judged at the preset's bar.
 */
import { auditFacts } from "../audit/audit.js";
import { emptyFacts } from "../audit/facts.js";
import { loadArm } from "../audit/loaders/arm.js";
import { loadKubeYaml } from "../audit/loaders/kube.js";
import type { LoadSink } from "../audit/loaders/sink.js";
import type { ReportedFinding } from "../audit/suppress.js";
import { armTemplate } from "../azure/emit/arm.js";
import { header } from "../generate/header.js";
import { workloadFiles } from "../gitops/apps/workload.js";
import { toYamlFile } from "../gitops/emit/yaml.js";
import { configPieces, constraintPieces, controllerPieces } from "../gitops/infrastructure.js";
import type { ClusterModel, PlatformModel } from "../model/types.js";
import type { RuleLevel } from "../rules/types.js";
import type { PresetName } from "../spec/schema.js";

/** The rule level each preset's output is held to. */
export const PRESET_LEVEL: Record<PresetName, RuleLevel> = {
  dev: "baseline",
  production: "production",
  regulated: "regulated",
};

export interface SpecFindings {
  environment: string;
  level: RuleLevel;
  findings: ReportedFinding[];
  /** Findings accepted by the spec (e.g. a dev environment's Free tier), with their reasons. */
  suppressed: number;
}

/** The Kubernetes objects one environment's cluster runs, as the GitOps repository renders them. */
export function environmentObjects(model: ClusterModel): Record<string, unknown>[] {
  const pieces = [...controllerPieces(model), ...configPieces(model), ...constraintPieces(model)];
  const objects = pieces.flatMap((p) => p.objects);
  for (const w of model.workloads) objects.push(...workloadFiles(model, w).map((f) => f.object));
  return objects as unknown as Record<string, unknown>[];
}

export function specFindings(platform: PlatformModel, env?: string): SpecFindings[] {
  const level = PRESET_LEVEL[platform.preset];
  return platform.clusters
    .filter((c) => env === undefined || c.environment === env)
    .map((c) => {
      const sink: LoadSink = { facts: emptyFacts(), problems: [], orphans: [] };
      const armFile = `infra/arm/${c.environment}.json`;
      loadArm({ file: armFile, text: JSON.stringify(armTemplate(platform, c), null, 2) }, sink);
      const kubeFile = `gitops (rendered for ${c.environment})`;
      loadKubeYaml(
        kubeFile,
        toYamlFile(header(platform.specFile, "flux", "hash"), environmentObjects(c) as never),
        sink,
      );
      for (const o of sink.orphans ?? []) if (!o.attach()) o.report(sink);
      const result = auditFacts(sink.facts, { profile: level });
      return {
        environment: c.environment,
        level,
        findings: result.findings,
        suppressed: result.suppressed.length,
      };
    });
}
