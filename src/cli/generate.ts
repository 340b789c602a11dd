import type { RegisterCommand } from "./commands.js";
import { EXIT, runAction } from "./run.js";
import { InputError, UsageError, formatDiagnostic } from "../errors.js";
import { preflight } from "../generate/preflight.js";
import { environmentOf, generateTargets, parseTargets, TARGETS } from "../generate/targets.js";
import { checkOutput, isUpToDate, writeOutput } from "../generate/write.js";
import type { PlatformModel } from "../model/types.js";
import { loadPlatform } from "../spec/index.js";

interface GenerateOptions {
  output: string;
  target?: string;
  env?: string;
  check?: boolean;
  force?: boolean;
}

export const registerGenerate: RegisterCommand = (program, io, setExit) => {
  program
    .command("generate")
    .argument("[spec]", "platform spec", "akskit.yaml")
    .option("-o, --output <dir>", "output folder", "out")
    .option("--target <list>", "comma-separated: bicep,terraform,arm,azcli,flux (default: all)")
    .option("--env <name>", "only this environment's files (shared files are still written)")
    .option("--check", "write nothing; exit 1 when the output folder differs from what would be generated")
    .option("--force", "overwrite files in the output folder that akskit did not generate")
    .description("Generate Bicep, Terraform, ARM, az CLI and the Flux GitOps repository from the spec")
    .action(async (spec: string, opts: GenerateOptions) => {
      setExit(
        await runAction(io, async () => {
          const targets = parseTargets(opts.target);
          const loaded = await loadPlatform(spec);
          for (const d of loaded.validation.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
          const blocking = preflight(loaded.spec);
          if (blocking.length > 0) throw new InputError(blocking);
          const platform: PlatformModel = loaded.model;
          const environments = platform.clusters.map((c) => c.environment);
          if (opts.env !== undefined && !environments.includes(opts.env))
            throw new UsageError(
              `--env ${opts.env}: the spec has no such environment; use one of ${environments.join(", ")}`,
            );
          const outputs = generateTargets(platform, targets);
          const keep = (path: string) => {
            const env = environmentOf(path, environments);
            return opts.env === undefined || env === undefined || env === opts.env;
          };
          const files = outputs.flatMap((o) => o.files).filter((f) => keep(f.path));
          // Stale files are removed only inside the selected targets' folders (and environment).
          const folders = targets.map((t) => TARGETS[t].folder + "/");
          const inScope = (path: string) => folders.some((f) => path.startsWith(f)) && keep(path);
          const shown = opts.output;
          if (opts.check) {
            const r = await checkOutput(opts.output, files, { inScope });
            if (isUpToDate(r)) {
              io.stdout(`${shown} is up to date (${files.length} files).\n`);
              return EXIT.ok;
            }
            for (const p of r.added) io.stdout(`missing  ${p}\n`);
            for (const p of r.changed) io.stdout(`changed  ${p}\n`);
            for (const p of r.removed) io.stdout(`stale    ${p}\n`);
            io.stdout(
              `${shown} is out of date: ${r.added.length} missing, ${r.changed.length} changed, ${r.removed.length} stale. Run akskit generate ${spec} -o ${opts.output} to update it.\n`,
            );
            return EXIT.findings;
          }
          const r = await writeOutput(opts.output, files, { force: opts.force, inScope });
          const envs = opts.env ? [opts.env] : environments;
          io.stdout(`akskit generate: ${spec} → ${shown} (environments: ${envs.join(", ")})\n`);
          for (const o of outputs) {
            const n = o.files.filter((f) => keep(f.path)).length;
            io.stdout(
              `  ${o.target.padEnd(10)} ${String(n).padStart(4)} files in ${TARGETS[o.target].folder}/\n`,
            );
          }
          io.stdout(
            `  ${r.added.length} added, ${r.changed.length} updated, ${r.removed.length} removed, ${r.unchanged.length} unchanged.\n`,
          );
          return EXIT.ok;
        }),
      );
    });
};
