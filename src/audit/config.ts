/**
 * `.akskit.yaml`: audit settings kept in the repository — profile, failure threshold, path excludes and
 * suppressions with a reason and an optional expiry date. Unknown keys and wrong types are input errors
 * with their line and column.
 */
import { readFile } from "node:fs/promises";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { InputError, UsageError, type Diagnostic } from "../errors.js";
import { SEVERITIES, RULE_LEVELS } from "../rules/types.js";
import { formatKeyPath } from "./facts.js";
import { yamlOffset, yamlPosition } from "./yaml-locate.js";

const date = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: "expected a date as YYYY-MM-DD",
  });

const suppression = z
  .object({
    rule: z.string().min(1),
    target: z.string().min(1).optional(),
    reason: z.string().min(1, { message: "a suppression needs a reason" }),
    expires: date.optional(),
  })
  .strict();

export const configSchema = z
  .object({
    profile: z.enum(RULE_LEVELS as [string, ...string[]]).optional(),
    failOn: z.enum(["none", ...SEVERITIES] as [string, ...string[]]).optional(),
    exclude: z.array(z.string().min(1)).optional(),
    suppressions: z.array(suppression).optional(),
  })
  .strict();

export interface Suppression {
  /** Rule id or glob (`workload/*`). */
  rule: string;
  /** Object id glob (`Deployment/legacy/*`, `managedClusters/aks-dev`); every object when absent. */
  target?: string;
  reason: string;
  /** YYYY-MM-DD; on and after the day after it, the suppression no longer applies. */
  expires?: string;
  /** Where the entry is written, for notes and problems. */
  source: string;
}

export interface AuditConfig {
  profile?: "baseline" | "production" | "regulated";
  failOn?: string;
  exclude: string[];
  suppressions: Suppression[];
}

export function emptyConfig(): AuditConfig {
  return { exclude: [], suppressions: [] };
}

export function parseConfig(file: string, text: string): AuditConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = doc.errors.map((e) => ({
    severity: "error",
    code: "invalid-yaml",
    message: `invalid YAML: ${e.message.split("\n")[0] ?? e.code}`,
    location: { file, ...yamlPosition(lineCounter, e.pos[0]), path: "" },
  }));
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    throw InputError.single({
      severity: "error",
      code: "invalid-yaml",
      message: `cannot expand the YAML: ${(err as Error).message}`,
      location: { file, line: 1, column: 1, path: "" },
    });
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(
      parsed.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
        const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
        const at = keys.length > 0 ? [...path, keys[0] ?? ""] : path;
        return {
          severity: "error" as const,
          code: "invalid-config",
          message: keys.length > 0 ? `unknown key '${keys.join("', '")}'` : issue.message,
          hint: "Keys: profile, failOn, exclude, suppressions[] with rule, target, reason, expires (docs/audit.md).",
          location: {
            file,
            ...yamlPosition(lineCounter, yamlOffset(doc.contents, at)),
            path: formatKeyPath(path),
          },
        };
      }),
    );
  }
  const data = parsed.data;
  return {
    ...(data.profile ? { profile: data.profile as AuditConfig["profile"] } : {}),
    ...(data.failOn ? { failOn: data.failOn } : {}),
    exclude: data.exclude ?? [],
    suppressions: (data.suppressions ?? []).map((s, i) => {
      const pos = yamlPosition(lineCounter, yamlOffset(doc.contents, ["suppressions", i]));
      return {
        rule: s.rule,
        ...(s.target ? { target: s.target } : {}),
        reason: s.reason,
        ...(s.expires ? { expires: s.expires } : {}),
        source: `${file}:${pos.line}:${pos.column}`,
      };
    }),
  };
}

export async function readConfig(file: string, required: boolean): Promise<AuditConfig> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    if (required) throw new UsageError(`cannot read the config file ${file}; check the --config path`);
    return emptyConfig();
  }
  return parseConfig(file, text);
}
