/** The report formats of `akskit audit --format`. */
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";
import type { ReportInput } from "./common.js";

export const REPORT_FORMATS = ["text", "json", "sarif", "junit", "markdown", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(s: string): s is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(s);
}

export function renderReport(format: ReportFormat, input: ReportInput): string {
  switch (format) {
    case "text":
      return renderText(input);
    case "json":
      return renderJson(input);
    case "sarif":
      return renderSarif(input);
    case "junit":
      return renderJunit(input);
    case "markdown":
      return renderMarkdown(input);
    case "html":
      return renderHtml(input);
  }
}

export type { ReportInput } from "./common.js";
