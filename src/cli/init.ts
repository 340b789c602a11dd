import { access, writeFile, rename, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline/promises";
import type { RegisterCommand } from "./commands.js";
import { runAction } from "./run.js";
import { UsageError } from "../errors.js";
import { PRESET_NAMES, type PresetName } from "../spec/schema.js";
import { PRESETS } from "../spec/presets.js";
import { renderSpecTemplate, type InitOptions } from "../spec/template.js";
import { loadSpecText } from "../spec/load.js";

interface InitFlags {
  preset?: string;
  name?: string;
  location?: string;
  environments?: string;
  output: string;
  force?: boolean;
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

function checkOptions(o: InitOptions): void {
  if (!PRESET_NAMES.includes(o.preset))
    throw new UsageError(`--preset must be one of ${PRESET_NAMES.join(", ")}; got "${String(o.preset)}"`);
  if (!/^[a-z][a-z0-9]{1,11}$/.test(o.name))
    throw new UsageError(
      `--name must be 2–12 lowercase letters and digits, starting with a letter; got "${o.name}"`,
    );
  if (!/^[a-z0-9]+$/.test(o.location))
    throw new UsageError(`--location must be an Azure region name such as westeurope; got "${o.location}"`);
  for (const e of o.environments)
    if (!/^[a-z][a-z0-9]{0,7}$/.test(e))
      throw new UsageError(
        `environment "${e}" must be 1–8 lowercase letters and digits, starting with a letter`,
      );
  if (o.environments.length === 0) throw new UsageError("--environments needs at least one name");
}

export const registerInit: RegisterCommand = (program, io, setExit) => {
  program
    .command("init")
    .description(
      "write a commented platform spec from a preset (asks a few questions on a terminal when no flags are given)",
    )
    .option("--preset <preset>", "dev | production | regulated")
    .option("--name <name>", "platform name (2–12 lowercase letters and digits)")
    .option("--location <region>", "Azure region")
    .option("--environments <list>", "comma-separated environment names, e.g. dev,qa,prod")
    .option("-o, --output <file>", "where to write the spec", "akskit.yaml")
    .option("--force", "overwrite an existing file")
    .action(async (flags: InitFlags) => {
      setExit(
        await runAction(io, async () => {
          const noFlags = !flags.preset && !flags.name && !flags.location && !flags.environments;
          let answers: Partial<InitFlags> = {};
          if (noFlags && io.isTTY && process.stdin.isTTY) answers = await ask();
          const preset = (answers.preset ?? flags.preset ?? "production") as PresetName;
          const opts: InitOptions = {
            preset,
            name: answers.name ?? flags.name ?? "contoso",
            location: answers.location ?? flags.location ?? "westeurope",
            environments: (
              answers.environments ??
              flags.environments ??
              PRESETS[PRESET_NAMES.includes(preset) ? preset : "production"].environments.join(",")
            )
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          };
          checkOptions(opts);
          if ((await exists(flags.output)) && !flags.force)
            throw new UsageError(
              `${flags.output} already exists; pass --force to overwrite it, or -o to write elsewhere`,
            );
          const text = renderSpecTemplate(opts);
          loadSpecText(flags.output, text); // the template must always be a valid spec
          await mkdir(dirname(flags.output), { recursive: true });
          const tmp = `${flags.output}.akskit-tmp`;
          await writeFile(tmp, text, "utf8");
          await rename(tmp, flags.output);
          io.stdout(
            `wrote ${flags.output} (preset ${opts.preset}, environments ${opts.environments.join(", ")}); next: akskit validate ${flags.output}\n`,
          );
          return 0;
        }),
      );
    });
};

async function ask(): Promise<Partial<InitFlags>> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const q = async (question: string, def: string) =>
      (await rl.question(`${question} [${def}]: `)).trim() || def;
    const name = await q("Platform name (2–12 lowercase letters/digits)", "contoso");
    const preset = await q("Preset (dev, production, regulated)", "production");
    const location = await q("Azure region", "westeurope");
    const environments = await q(
      "Environments (comma-separated)",
      PRESETS[
        PRESET_NAMES.includes(preset as PresetName) ? (preset as PresetName) : "production"
      ].environments.join(","),
    );
    return { name, preset, location, environments };
  } finally {
    rl.close();
  }
}
