/**
 * JUnit XML (Azure DevOps PublishTestResults, GitLab `artifacts:reports:junit`, Jenkins): one test
 * suite per rule that ran; a failing test case per finding (named after the object), one passing case
 * for a rule with no findings; input problems as errors in their own suite.
 */
import { escapeXml, type ReportInput } from "./common.js";
import type { ReportedFinding } from "../suppress.js";
import { pushTo } from "../../util/multimap.js";

export function renderJunit(input: ReportInput): string {
  const { result } = input;
  const byRule = new Map<string, ReportedFinding[]>();
  for (const f of result.findings) pushTo(byRule, f.ruleId, f);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const rule of result.rules) {
    const found = byRule.get(rule.id) ?? [];
    const cases: string[] = [];
    const domain = rule.id.split("/")[0] ?? rule.id;
    if (found.length === 0) {
      cases.push(
        `    <testcase classname="${escapeXml(domain)}" name="${escapeXml(`${rule.id}: ${rule.title}`)}"/>`,
      );
    }
    for (const f of found) {
      const where = `${f.location.file}:${f.location.line}:${f.location.column}`;
      const body = [
        `${f.severity.toUpperCase()} ${f.ruleId}: ${f.message}`,
        `object: ${f.object.id}`,
        `location: ${where}${f.location.path ? ` (${f.location.path})` : ""}`,
        `fix: ${rule.remediation.text}`,
        ...(f.note ? [`note: ${f.note}`] : []),
      ].join("\n");
      cases.push(
        `    <testcase classname="${escapeXml(domain)}" name="${escapeXml(`${rule.id} ${f.object.id}${f.location.path ? ` ${f.location.path}` : ""}`)}" file="${escapeXml(f.location.file)}" line="${f.location.line}">\n` +
          `      <failure message="${escapeXml(f.message)}" type="${f.severity}">${escapeXml(body)}</failure>\n` +
          `    </testcase>`,
      );
    }
    const n = Math.max(found.length, 1);
    tests += n;
    failures += found.length;
    suites.push(
      `  <testsuite name="${escapeXml(rule.id)}" tests="${n}" failures="${found.length}" errors="0" skipped="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const errors = result.problems.filter((p) => p.severity === "error").length + result.ruleErrors.length;
  if (result.problems.length > 0 || result.ruleErrors.length > 0) {
    const cases = [
      ...result.problems.map((p) => {
        const tag = p.severity === "error" ? "error" : "skipped";
        const text = `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}${p.hint ? `\n${p.hint}` : ""}`;
        return (
          `    <testcase classname="input" name="${escapeXml(`${p.code} ${p.location.file}:${p.location.line}:${p.location.column}`)}" file="${escapeXml(p.location.file)}" line="${p.location.line}">\n` +
          `      <${tag} message="${escapeXml(p.message)}"${tag === "error" ? ` type="${escapeXml(p.code)}"` : ""}>${escapeXml(text)}</${tag}>\n` +
          `    </testcase>`
        );
      }),
      ...result.ruleErrors.map(
        (e) =>
          `    <testcase classname="input" name="${escapeXml(`rule ${e.ruleId} crashed`)}">\n      <error message="${escapeXml(e.message)}" type="rule-error">${escapeXml(e.message)}</error>\n    </testcase>`,
      ),
    ];
    const skipped = result.problems.filter((p) => p.severity !== "error").length;
    tests += cases.length;
    suites.push(
      `  <testsuite name="akskit input problems" tests="${cases.length}" failures="0" errors="${errors}" skipped="${skipped}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="akskit audit (${result.profile})" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    suites.join("\n") +
    (suites.length > 0 ? "\n" : "") +
    `</testsuites>\n`
  );
}
