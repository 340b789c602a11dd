import type { Command } from "commander";
import type { Io } from "./run.js";
import { registerInit } from "./init.js";
import { registerValidate } from "./validate.js";
import { registerSchema } from "./schema.js";
import { registerDiagnose } from "./diagnose.js";
import { registerUpgradePlan } from "./upgrade-plan.js";
import { registerAudit } from "./audit.js";
import { registerRules } from "./rules.js";
import { registerExplain } from "./explain.js";
import { registerPlan } from "./plan.js";
import { registerGenerate } from "./generate.js";

/** A command module registers itself on the program; `setExit` records the process exit code. */
export type RegisterCommand = (program: Command, io: Io, setExit: (code: number) => void) => void;

/** Every command, in the order `akskit --help` lists them. One line per command file. */
export const COMMANDS: RegisterCommand[] = [
  registerInit,
  registerValidate,
  registerPlan,
  registerGenerate,
  registerSchema,
  registerDiagnose,
  registerUpgradePlan,
  registerAudit,
  registerRules,
  registerExplain,
];
