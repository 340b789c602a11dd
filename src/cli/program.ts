import { Command, CommanderError } from "commander";
import { EXIT, type Io, processIo, reportError } from "./run.js";
import { COMMANDS } from "./commands.js";

export const VERSION = "0.1.0";

/** Builds the `akskit` program. Each command lives in its own file under src/cli/ and is listed in commands.ts. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name("akskit")
    .description("Describe, plan, generate and audit production AKS platforms from one spec.")
    .version(VERSION)
    .showHelpAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  for (const register of COMMANDS) register(program, io, setExit);
  return program;
}

/** Entry point shared by the binary and the tests. Resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === "commander.helpDisplayed" ||
        err.code === "commander.version" ||
        err.code === "commander.help"
      )
        return EXIT.ok;
      return EXIT.badInput;
    }
    return reportError(io, err);
  }
  return code;
}
