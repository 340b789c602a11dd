/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule that ran with its help text
 * and URI, results with physical locations (file, line, column) and a stable partial fingerprint,
 * suppressed findings with their justification, input problems as tool notifications.
 */
import type { Log, ReportingDescriptor, Result, Notification, Location } from "sarif";
import type { Rule, Severity } from "../../rules/types.js";
import type { ReportedFinding, SuppressedFinding } from "../suppress.js";
import { renderRuleHelpMarkdown, ruleDocsUrl } from "../rule-docs.js";
import { isFileLocation, relativePath, type ReportInput } from "./common.js";

const LEVEL: Record<Severity, Result.level> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/** GitHub's security-severity scale (0–10) for security rules. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0",
};

export const FINGERPRINT_KEY = "akskitFindingHash/v1";

function descriptor(rule: Rule): ReportingDescriptor {
  const tags = [rule.pillar, rule.level, rule.id.split("/")[0] ?? ""];
  if (rule.pillar === "security") tags.push("security");
  return {
    id: rule.id,
    name: rule.id
      .split(/[/-]/)
      .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
      .join(""),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text: rule.remediation.text, markdown: renderRuleHelpMarkdown(rule) },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [...new Set(tags)].sort(),
      precision: "high",
      "problem.severity": LEVEL[rule.severity] === "note" ? "recommendation" : LEVEL[rule.severity],
      ...(rule.pillar === "security" ? { "security-severity": SECURITY_SEVERITY[rule.severity] } : {}),
    },
  };
}

function locations(f: ReportedFinding, baseDir: string | undefined): { locations?: Location[] } {
  const logical = [
    {
      fullyQualifiedName: f.location.path ? `${f.object.id}#${f.location.path}` : f.object.id,
      name: f.object.name,
      kind: "object",
    },
  ];
  if (!isFileLocation(f.location.file)) return { locations: [{ logicalLocations: logical }] };
  return {
    locations: [
      {
        physicalLocation: {
          artifactLocation: {
            uri: encodeURI(relativePath(f.location.file, baseDir)),
            uriBaseId: "%SRCROOT%",
          },
          region: { startLine: f.location.line, startColumn: f.location.column },
        },
        logicalLocations: logical,
      },
    ],
  };
}

export function renderSarif(input: ReportInput): string {
  const { result } = input;
  const rules = result.rules;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const toResult = (f: ReportedFinding, s?: SuppressedFinding): Result => ({
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.note ? `${f.message} (${f.note})` : f.message },
    ...locations(f, input.baseDir),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: { severity: f.severity, pillar: f.pillar, objectId: f.object.id },
    ...(s
      ? {
          suppressions: [
            {
              kind: s.kind === "annotation" ? "inSource" : "external",
              status: "accepted",
              justification: s.reason,
            },
          ],
        }
      : {}),
  });
  const notifications: Notification[] = result.problems.map((p) => ({
    level: p.severity === "error" ? "error" : "warning",
    message: { text: p.hint ? `${p.message} ${p.hint}` : p.message },
    descriptor: { id: p.code },
    ...(isFileLocation(p.location.file)
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: {
                  uri: encodeURI(relativePath(p.location.file, input.baseDir)),
                  uriBaseId: "%SRCROOT%",
                },
                region: { startLine: p.location.line, startColumn: p.location.column },
              },
            },
          ],
        }
      : {}),
  }));
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "akskit",
            version: input.version,
            semanticVersion: input.version,
            informationUri: "https://akskit.dev",
            rules: rules.map(descriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: result.ruleErrors.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: "utf16CodeUnits",
        results: [
          ...result.findings.map((f) => toResult(f)),
          ...result.suppressed.map((s) => toResult(s.finding, s)),
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
