/**
 * Parity (DESIGN.md): the ARM and the Terraform output of one akskit spec, loaded back through the
 * audit loaders, describe the same cluster and give the same findings.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { auditFacts } from "../../src/audit/audit.js";
import { loadInputs, type LoadResult } from "../../src/audit/load.js";
import { main } from "../../src/cli/program.js";
import type { ReportedFinding } from "../../src/audit/suppress.js";

const quiet = { stdout: () => undefined, stderr: () => undefined, isTTY: false };
const key = (f: ReportedFinding) => `${f.ruleId} ${f.object.id} ${f.location.path}`;

/**
 * Differences that come from the generators, not from the loaders: each entry is checked to still be
 * there, so the list shrinks as soon as a generator is fixed.
 */
const KNOWN_GENERATOR_GAPS: Record<string, string[]> = {
  // The ARM agent pool for the spot pool has no nodeTaints; Terraform writes the spot taint.
  production: ["nodepool/spot-pool-taint managedClusters/aks-algesta-prod/agentPools/spot nodeTaints"],
};

describe.each(["production"])("ARM/Terraform parity for examples/%s.yaml", (example) => {
  let arm: LoadResult;
  let tf: LoadResult;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), `akskit-parity-${example}-`));
    const code = await main(
      ["generate", `examples/${example}.yaml`, "-o", out, "--target", "arm,terraform"],
      quiet,
    );
    expect(code).toBe(0);
    arm = await loadInputs([join(out, "infra/arm/prod.json")]);
    tf = await loadInputs([
      join(out, "infra/terraform/cluster.tf"),
      join(out, "infra/terraform/prod.tfvars"),
    ]);
  }, 120_000);

  it("loads both without problems", () => {
    expect(arm.problems).toEqual([]);
    expect(tf.problems).toEqual([]);
  });

  it("gives the same cluster and node pools", () => {
    expect(tf.facts.clusters.map((c) => c.id)).toEqual(arm.facts.clusters.map((c) => c.id));
    const pools = (r: LoadResult) => r.facts.clusters.flatMap((c) => c.agentPools.map((p) => p.id)).sort();
    expect(pools(tf)).toEqual(pools(arm));
  });

  it("gives the same findings", () => {
    const a = new Set(auditFacts(arm.facts, { profile: "production" }).findings.map(key));
    const t = new Set(auditFacts(tf.facts, { profile: "production" }).findings.map(key));
    const gaps = KNOWN_GENERATOR_GAPS[example] ?? [];
    const onlyArm = [...a].filter((k) => !t.has(k));
    const onlyTf = [...t].filter((k) => !a.has(k));
    expect([...onlyArm, ...onlyTf].sort()).toEqual([...gaps].sort());
  });
});
