/**
 * The JSON report, a documented and versioned schema (REPORT_JSON_SCHEMA below; docs/audit.md). The
 * version changes only when a field is removed or changes meaning; new optional fields keep it.
 */
import { SEVERITIES, PILLARS } from "../../rules/types.js";
import type { ReportedFinding } from "../suppress.js";
import { ruleDocsUrl } from "../rule-docs.js";
import { countBySeverity, type ReportInput } from "./common.js";

export const JSON_REPORT_VERSION = 1;

function finding(f: ReportedFinding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    pillar: f.pillar,
    message: f.message,
    object: f.object,
    location: f.location,
    fingerprint: f.fingerprint,
    helpUri: ruleDocsUrl(f.ruleId),
    ...(f.note ? { note: f.note } : {}),
  };
}

export function renderJson(input: ReportInput): string {
  const { result } = input;
  const report = {
    schemaVersion: JSON_REPORT_VERSION,
    tool: { name: "akskit", version: input.version },
    profile: result.profile,
    summary: {
      findings: result.findings.length,
      bySeverity: countBySeverity(result.findings),
      suppressed: result.suppressed.length,
      problems: result.problems.length,
      rules: result.rules.length,
      objects: result.stats.objects,
      files: result.stats.files,
    },
    scores: result.scores,
    findings: result.findings.map(finding),
    suppressed: result.suppressed.map((s) => ({
      ...finding(s.finding),
      suppression: {
        kind: s.kind,
        reason: s.reason,
        ...(s.expires ? { expires: s.expires } : {}),
        source: s.source,
      },
    })),
    problems: result.problems,
    ruleErrors: result.ruleErrors,
  };
  return JSON.stringify(report, null, 2) + "\n";
}

const location = {
  type: "object",
  required: ["file", "line", "column", "path"],
  properties: {
    file: { type: "string", description: "File path, API path (live objects) or resource id (live Azure)." },
    line: { type: "integer", minimum: 1 },
    column: { type: "integer", minimum: 1 },
    path: {
      type: "string",
      description: "Key path inside the object, e.g. spec.template.spec.containers[0].image.",
    },
  },
  additionalProperties: false,
} as const;

const findingSchema = {
  type: "object",
  required: ["ruleId", "severity", "pillar", "message", "object", "location", "fingerprint", "helpUri"],
  properties: {
    ruleId: { type: "string", pattern: "^[a-z]+/[a-z0-9-]+$" },
    severity: { enum: SEVERITIES },
    pillar: { enum: PILLARS },
    message: { type: "string" },
    object: {
      type: "object",
      required: ["id", "kind", "name"],
      properties: {
        id: { type: "string" },
        kind: { type: "string" },
        name: { type: "string" },
        namespace: { type: "string" },
      },
      additionalProperties: false,
    },
    location,
    fingerprint: { type: "string", pattern: "^[0-9a-f]{32}$" },
    helpUri: { type: "string" },
    note: { type: "string", description: "E.g. a suppression that expired." },
    suppression: {
      type: "object",
      required: ["kind", "reason", "source"],
      properties: {
        kind: { enum: ["annotation", "config", "baseline"] },
        reason: { type: "string" },
        expires: { type: "string" },
        source: { type: "string" },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

/** JSON Schema (draft-07) of the JSON report, version 1. */
export const REPORT_JSON_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://akskit.dev/schemas/audit-report-v1.json",
  title: "akskit audit report",
  type: "object",
  required: [
    "schemaVersion",
    "tool",
    "profile",
    "summary",
    "scores",
    "findings",
    "suppressed",
    "problems",
    "ruleErrors",
  ],
  properties: {
    schemaVersion: { const: JSON_REPORT_VERSION },
    tool: {
      type: "object",
      required: ["name", "version"],
      properties: { name: { const: "akskit" }, version: { type: "string" } },
    },
    profile: { enum: ["baseline", "production", "regulated"] },
    summary: {
      type: "object",
      required: ["findings", "bySeverity", "suppressed", "problems", "rules", "objects", "files"],
      properties: {
        findings: { type: "integer" },
        bySeverity: {
          type: "object",
          required: [...SEVERITIES],
          additionalProperties: { type: "integer" },
        },
        suppressed: { type: "integer" },
        problems: { type: "integer" },
        rules: { type: "integer" },
        objects: { type: "integer" },
        files: { type: "integer" },
      },
    },
    scores: {
      type: "array",
      items: {
        type: "object",
        required: ["pillar", "score", "checks", "failed"],
        properties: {
          pillar: { enum: PILLARS },
          score: { type: ["integer", "null"], minimum: 0, maximum: 100 },
          checks: { type: "integer" },
          failed: { type: "integer" },
        },
      },
    },
    findings: { type: "array", items: findingSchema },
    suppressed: {
      type: "array",
      items: { ...findingSchema, required: [...findingSchema.required, "suppression"] },
    },
    problems: {
      type: "array",
      items: {
        type: "object",
        required: ["severity", "code", "message", "location"],
        properties: {
          severity: { enum: ["error", "warning"] },
          code: { type: "string" },
          message: { type: "string" },
          hint: { type: "string" },
          location,
        },
      },
    },
    ruleErrors: {
      type: "array",
      items: {
        type: "object",
        required: ["ruleId", "message"],
        properties: { ruleId: { type: "string" }, message: { type: "string" } },
      },
    },
  },
} as const;
