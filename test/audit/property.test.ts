/**
 * Property-based tests: random and mutated inputs never crash a loader or the audit. Every run ends
 * in facts, findings or structured problems — never an exception.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditFacts } from "../../src/audit/audit.js";
import { loadArm } from "../../src/audit/loaders/arm.js";
import { loadAzJson } from "../../src/audit/loaders/az-json.js";
import { loadKubeJson, loadKubeYaml } from "../../src/audit/loaders/kube.js";
import { loadTerraform } from "../../src/audit/loaders/terraform.js";
import { evaluateString } from "../../src/audit/arm-expr.js";
import { scanHcl } from "../../src/audit/hcl-positions.js";
import { RULES } from "../../src/rules/index.js";
import { FIXTURES, TEST_RULES, newSink } from "./helpers.js";
import type { LoadSink } from "../../src/audit/loaders/sink.js";

const fixture = (f: string) => readFileSync(`${FIXTURES}/${f}`, "utf8");
const SEEDS = {
  yaml: fixture("kube/multi.yaml"),
  kubeJson: fixture("kube/list.json"),
  arm: fixture("arm/main.json"),
  az: fixture("az/aks-show.json"),
  tf: fixture("terraform/main.tf"),
};

/** A text with a random slice deleted, duplicated or replaced by random characters. */
function mutated(seed: string) {
  return fc
    .tuple(
      fc.nat(seed.length),
      fc.nat(64),
      fc.string({ maxLength: 12 }),
      fc.constantFrom("delete", "insert", "dup"),
    )
    .map(([at, len, junk, op]) => {
      if (op === "delete") return seed.slice(0, at) + seed.slice(at + len);
      if (op === "insert") return seed.slice(0, at) + junk + seed.slice(at);
      return seed.slice(0, at + len) + seed.slice(at, at + len) + seed.slice(at + len);
    });
}

/** JSON values shaped somewhat like the inputs (objects with the keys loaders look at). */
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(null, true, false, 0, -1, 1.5, "", "[parameters('x')]", "[concat(", "${var.x}", "latest"),
    fc.string({ maxLength: 8 }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        "apiVersion",
        "kind",
        "metadata",
        "name",
        "namespace",
        "items",
        "spec",
        "properties",
        "type",
        "resources",
        "agentPoolProfiles",
        "id",
        "template",
        "parameters",
        "annotations",
        "tags",
      ),
      tie("value"),
      { maxKeys: 6 },
    ),
  ),
})).value;

function auditAll(sink: LoadSink) {
  const result = auditFacts(sink.facts, { rules: [...RULES, ...TEST_RULES], profile: "regulated" });
  // Locating every finding must not throw either.
  for (const f of result.findings) expect(f.location.line).toBeGreaterThanOrEqual(1);
  expect(result.ruleErrors).toEqual([]);
  for (const p of sink.problems) expect(p.location.line).toBeGreaterThanOrEqual(1);
}

describe("loaders and the audit never crash", () => {
  it("on mutated YAML manifests", () => {
    fc.assert(
      fc.property(mutated(SEEDS.yaml), (text) => {
        const sink = newSink();
        loadKubeYaml("m.yaml", text, sink);
        auditAll(sink);
      }),
      { numRuns: 150 },
    );
  });

  it("on mutated kubectl JSON and random JSON values", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutated(SEEDS.kubeJson),
          jsonish.map((v) => JSON.stringify(v) ?? "null"),
        ),
        (text) => {
          const sink = newSink();
          loadKubeJson("m.json", text, sink);
          auditAll(sink);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("on mutated and random ARM templates", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutated(SEEDS.arm),
          jsonish.map((v) =>
            JSON.stringify({
              $schema: "deploymentTemplate.json",
              contentVersion: "1.0.0.0",
              resources: [v, v],
            }),
          ),
        ),
        (text) => {
          const sink = newSink();
          loadArm({ file: "t.json", text }, sink);
          auditAll(sink);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("on mutated az JSON", () => {
    fc.assert(
      fc.property(mutated(SEEDS.az), (text) => {
        const sink = newSink();
        loadAzJson({ file: "a.json", text }, sink);
        auditAll(sink);
      }),
      { numRuns: 150 },
    );
  });

  it("on mutated Terraform", async () => {
    await fc.assert(
      fc.asyncProperty(mutated(SEEDS.tf), async (text) => {
        const sink = newSink();
        await loadTerraform([{ file: "main.tf", text }], [], sink);
        auditAll(sink);
      }),
      { numRuns: 40 },
    );
  });

  it("on random text given to the HCL position scanner and the ARM expression evaluator", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        scanHcl(text);
        evaluateString(`[${text}]`, { parameters: {}, variables: {} });
      }),
      { numRuns: 300 },
    );
  });
});
