import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../src/audit/report/markdown.js";
import { renderHtml } from "../../../src/audit/report/html.js";
import { sampleResult } from "./fixture.js";

describe("Markdown report", () => {
  it("summarizes for a pull-request comment", async () => {
    const md = renderMarkdown({ result: await sampleResult(), version: "0.1.0" });
    expect(md).toContain(
      "## akskit audit\n\n❌ **4 findings** (profile **regulated**, 5 rules, 10 objects).",
    );
    expect(md).toContain("| critical | high | medium | low | info | suppressed | input problems |");
    expect(md).toContain("| 1 | 2 | 0 | 1 | 0 | 1 | 1 |");
    expect(md).toContain(
      "| critical | [security/test-privileged](https://akskit.dev/rules/security/test-privileged) | `Deployment/payments/api` | `test/fixtures/audit/kube/list.json:23:54` | container api is privileged |",
    );
    expect(md).toContain("### Input problems");
  });

  it("escapes table cells", async () => {
    const result = await sampleResult();
    const md = renderMarkdown({
      result: { ...result, findings: [{ ...result.findings[0]!, message: "a | b\nc <script>" }] },
      version: "0.1.0",
    });
    expect(md).toContain("a \\| b c &lt;script>");
  });
});

describe("HTML report", () => {
  it("is one self-contained file with everything escaped", async () => {
    const result = await sampleResult();
    const html = renderHtml({
      result: {
        ...result,
        findings: [...result.findings, { ...result.findings[0]!, message: "<script>alert(1)</script>" }],
      },
      version: "0.1.0",
    });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<script|<link|<img|src=/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("<h2>Suppressed</h2>");
    expect(html).toContain("<h2>Input problems</h2>");
  });
});
