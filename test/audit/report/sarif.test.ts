import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { FINGERPRINT_KEY, renderSarif } from "../../../src/audit/report/sarif.js";
import { sampleResult } from "./fixture.js";

const require = createRequire(import.meta.url);
/**
 * The SARIF 2.1.0 schema shipped in @microsoft/jest-sarif declares draft-04 but uses nothing draft-07
 * reads differently (no boolean exclusiveMinimum, `id` only at the root), so it is compiled as draft-07.
 */
const {
  $schema: _draft04,
  id,
  ...schemaBody
} = JSON.parse(
  readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
);
const schema = { $id: id, ...schemaBody };

describe("SARIF report", () => {
  it("validates against the SARIF 2.1.0 schema", async () => {
    const log = JSON.parse(
      renderSarif({ result: await sampleResult(), version: "0.1.0", baseDir: process.cwd() }),
    );
    // The schema's language pattern is not valid with the `u` flag; ajv then uses plain RegExp.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The validator does reject a broken log.
    expect(validate({ ...log, version: "2.0.0" })).toBe(false);
  });

  it("describes every rule that ran with help text and URI", async () => {
    const log = JSON.parse(renderSarif({ result: await sampleResult(), version: "0.1.0" }));
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual([
      "azure/test-acr-admin",
      "cluster/test-local-accounts",
      "nodepool/test-zones",
      "security/test-privileged",
      "workload/test-latest-tag",
    ]);
    expect(rules[1]).toMatchObject({
      name: "ClusterTestLocalAccounts",
      shortDescription: { text: "Local accounts disabled" },
      help: { text: "Fix it." },
      helpUri: "https://akskit.dev/rules/cluster/test-local-accounts",
      defaultConfiguration: { level: "error" },
      properties: { "security-severity": "8.0" },
    });
  });

  it("gives results relative physical locations, stable fingerprints and suppressions", async () => {
    const log = JSON.parse(
      renderSarif({ result: await sampleResult(), version: "0.1.0", baseDir: process.cwd() }),
    );
    const results = log.runs[0].results;
    expect(results[0]).toMatchObject({
      ruleId: "azure/test-acr-admin",
      ruleIndex: 0,
      level: "note",
      message: { text: "admin user enabled" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "test/fixtures/audit/arm/main.json", uriBaseId: "%SRCROOT%" },
            region: { startLine: 97, startColumn: 31 },
          },
          logicalLocations: [
            {
              fullyQualifiedName:
                "Microsoft.ContainerRegistry/registries/crakscontosoprod#properties.adminUserEnabled",
            },
          ],
        },
      ],
    });
    expect(results[0].partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    const suppressed = results.filter((r: { suppressions?: unknown }) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions).toEqual([
      { kind: "external", status: "accepted", justification: "burst pool" },
    ]);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: "error",
      descriptor: { id: "invalid-yaml" },
    });
  });
});
