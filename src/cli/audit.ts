/**
 * `akskit audit [PATH...|-]`: audit ARM templates, `az` JSON, Terraform, Kubernetes YAML/JSON, a live
 * cluster or a live AKS resource against the rule catalog, and report in one of six formats.
 * Exit 2 when an input was bad (after auditing and reporting the rest), 1 when a finding reaches
 * --fail-on, 0 otherwise.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { RegisterCommand } from "./commands.js";
import { VERSION } from "./program.js";
import { EXIT, runAction } from "./run.js";
import { UsageError, formatDiagnostic } from "../errors.js";
import { audit, failsAt } from "../audit/audit.js";
import { createBaseline, formatBaseline, readBaseline } from "../audit/baseline.js";
import { emptyConfig, readConfig } from "../audit/config.js";
import { REPORT_FORMATS, isReportFormat, renderReport } from "../audit/report/index.js";
import { RULE_LEVELS, SEVERITIES, type RuleLevel, type Severity } from "../rules/types.js";

interface AuditFlags {
  format: string;
  output?: string;
  failOn?: string;
  profile?: string;
  baseline?: string;
  writeBaseline?: string;
  config?: string;
  exclude: string[];
  context?: string;
  namespace?: string;
  azureCluster?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Writes through a temporary file and a rename, so a reader never sees half a report. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text, "utf8");
  await rename(tmp, file);
}

export const registerAudit: RegisterCommand = (program, io, setExit) => {
  program
    .command("audit")
    .argument(
      "[paths...]",
      "files or folders: ARM JSON, az JSON, .tf, Kubernetes YAML/JSON; - reads stdin",
      [],
    )
    .option("--format <f>", REPORT_FORMATS.join("|"), "text")
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("--fail-on <severity>", `exit 1 at or above: ${SEVERITIES.join("|")}|none (default high)`)
    .option("--profile <p>", `rules of this bar and below: ${RULE_LEVELS.join("|")} (default production)`)
    .option("--baseline <file>", "accepted findings; only new findings are reported and fail")
    .option(
      "--write-baseline <file>",
      "record the current findings as the baseline (exit 0 unless input is bad)",
    )
    .option("--config <file>", "settings and suppressions (default: .akskit.yaml if present)")
    .option("--exclude <glob>", "skip paths matching the glob (repeatable)", collect, [])
    .option("--context <name>", "audit the live cluster of this kubeconfig context")
    .option("-n, --namespace <ns>", "with --context: only this namespace")
    .option("--azure-cluster <resource-id>", "audit a live AKS cluster through Azure Resource Manager")
    .description("Audit infrastructure code, manifests and live clusters against the production rule catalog")
    .action(async (paths: string[] | undefined, flags: AuditFlags) => {
      setExit(await runAction(io, () => runAudit(paths ?? [], flags)));
    });

  async function runAudit(paths: string[], flags: AuditFlags): Promise<number> {
    if (!isReportFormat(flags.format))
      throw new UsageError(`unknown --format "${flags.format}"; use one of ${REPORT_FORMATS.join(", ")}`);
    const config = flags.config
      ? await readConfig(flags.config, true)
      : await readConfig(".akskit.yaml", false);
    const failOn = (flags.failOn ?? config.failOn ?? "high") as Severity | "none";
    if (failOn !== "none" && !SEVERITIES.includes(failOn))
      throw new UsageError(
        `unknown --fail-on "${String(failOn)}"; use one of ${SEVERITIES.join(", ")}, none`,
      );
    const profile = (flags.profile ?? config.profile ?? "production") as RuleLevel;
    if (!RULE_LEVELS.includes(profile))
      throw new UsageError(`unknown --profile "${profile}"; use one of ${RULE_LEVELS.join(", ")}`);
    const live = flags.context !== undefined || flags.azureCluster !== undefined;
    const inputs = paths.length > 0 ? paths : live ? [] : ["."];
    const baseline = flags.baseline
      ? { baseline: await readBaseline(flags.baseline), file: flags.baseline }
      : undefined;

    const result = await audit(inputs, {
      profile,
      exclude: [...(config ?? emptyConfig()).exclude, ...flags.exclude],
      suppressions: config.suppressions,
      ...(baseline ? { baseline } : {}),
      ...(flags.context !== undefined ? { kubeContext: flags.context } : {}),
      ...(flags.namespace ? { kubeNamespace: flags.namespace } : {}),
      ...(flags.azureCluster ? { azureCluster: flags.azureCluster } : {}),
    });

    const report = renderReport(flags.format, {
      result,
      version: VERSION,
      color: flags.format === "text" && !flags.output && io.isTTY && !process.env.NO_COLOR,
      baseDir: process.cwd(),
    });
    if (flags.output) await writeFileAtomic(flags.output, report);
    else io.stdout(report);
    if (flags.format !== "text" || flags.output)
      for (const p of result.problems) io.stderr(formatDiagnostic(p) + "\n");
    for (const e of result.ruleErrors)
      io.stderr(`akskit: rule ${e.ruleId} failed: ${e.message} (a bug in akskit; please report it)\n`);

    if (flags.writeBaseline) {
      const accepted = [
        ...result.findings,
        ...result.suppressed.filter((s) => s.kind === "baseline").map((s) => s.finding),
      ];
      await writeFileAtomic(flags.writeBaseline, formatBaseline(createBaseline(accepted)));
      io.stderr(`akskit: wrote ${accepted.length} accepted finding(s) to ${flags.writeBaseline}\n`);
    }
    if (result.problems.some((p) => p.severity === "error")) return EXIT.badInput;
    if (flags.writeBaseline) return EXIT.ok;
    return failsAt(result.findings, failOn) ? EXIT.findings : EXIT.ok;
  }
};
