import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { REPORT_JSON_SCHEMA, renderJson } from "../../../src/audit/report/json.js";
import { sampleResult } from "./fixture.js";

describe("JSON report", () => {
  it("validates against its published schema (version 1)", async () => {
    const report = JSON.parse(renderJson({ result: await sampleResult(), version: "0.1.0" }));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(REPORT_JSON_SCHEMA);
    expect((validate.errors ?? validate(report)) ? [] : validate.errors).toEqual([]);
    expect(report.schemaVersion).toBe(1);
  });

  it("carries findings, suppressions and problems", async () => {
    const report = JSON.parse(renderJson({ result: await sampleResult(), version: "0.1.0" }));
    expect(report.summary).toMatchObject({ findings: 4, suppressed: 1, problems: 1, rules: 5, objects: 10 });
    expect(report.summary.bySeverity).toEqual({ critical: 1, high: 2, medium: 0, low: 1, info: 0 });
    expect(report.findings[0]).toMatchObject({
      ruleId: "azure/test-acr-admin",
      severity: "low",
      pillar: "security",
      object: {
        id: "Microsoft.ContainerRegistry/registries/crakscontosoprod",
        kind: "Microsoft.ContainerRegistry/registries",
        name: "crakscontosoprod",
      },
      location: {
        file: "test/fixtures/audit/arm/main.json",
        line: 97,
        column: 31,
        path: "properties.adminUserEnabled",
      },
      helpUri: "https://akskit.dev/rules/azure/test-acr-admin",
    });
    expect(report.suppressed[0].suppression).toEqual({
      kind: "config",
      reason: "burst pool",
      source: ".akskit.yaml:2:3",
    });
    expect(report.problems[0]).toMatchObject({ code: "invalid-yaml", location: { file: "<stdin>" } });
  });

  it("is byte-identical across runs", async () => {
    expect(renderJson({ result: await sampleResult(), version: "0.1.0" })).toBe(
      renderJson({ result: await sampleResult(), version: "0.1.0" }),
    );
  });
});
