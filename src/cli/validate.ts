import type { RegisterCommand } from "./commands.js";
import { runAction } from "./run.js";
import { formatDiagnostic } from "../errors.js";
import { loadPlatform } from "../spec/index.js";

export const registerValidate: RegisterCommand = (program, io, setExit) => {
  program
    .command("validate")
    .argument("[spec]", "platform spec file", "akskit.yaml")
    .option("--strict", "treat warnings as errors (exit 2)")
    .description(
      "check the spec: schema, references, address ranges, capacity, names and combinations Azure rejects",
    )
    .action(async (file: string, opts: { strict?: boolean }) => {
      setExit(
        await runAction(io, async () => {
          const { model, validation } = await loadPlatform(file);
          const warnings = validation.diagnostics.filter((d) => d.severity === "warning");
          for (const w of warnings) io.stderr(formatDiagnostic(w) + "\n");
          if (opts.strict && warnings.length > 0) {
            io.stderr(`akskit: ${warnings.length} warning${warnings.length === 1 ? "" : "s"} (--strict)\n`);
            return 2;
          }
          const pools = model.clusters[0]?.nodePools.length ?? 0;
          const envs = model.clusters.map((c) => c.environment).join(", ");
          const w = model.clusters[0]?.workloads.length ?? 0;
          const warn =
            warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}` : "";
          io.stdout(
            `${file}: valid — platform ${model.name}, preset ${model.preset}, ${model.clusters.length} environment${model.clusters.length === 1 ? "" : "s"} (${envs}), ${pools} node pool${pools === 1 ? "" : "s"}, ${w} workload${w === 1 ? "" : "s"}${warn}\n`,
          );
          return 0;
        }),
      );
    });
};
