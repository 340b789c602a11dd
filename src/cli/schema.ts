import type { RegisterCommand } from "./commands.js";
import { runAction } from "./run.js";
import { specJsonSchemaText } from "../spec/json-schema.js";

export const registerSchema: RegisterCommand = (program, io, setExit) => {
  program
    .command("schema")
    .description(
      "print the JSON Schema of the platform spec (for editors: # yaml-language-server: $schema=...)",
    )
    .action(async () => {
      setExit(
        await runAction(io, () => {
          io.stdout(specJsonSchemaText());
          return 0;
        }),
      );
    });
};
