/**
 * Runs the shared conformance checker (../shared/tools/conformance/check.mjs, Azure's published ARM
 * template schemas) on the ARM templates of every example and preset. Skipped with a message when
 * ../shared is not beside the repository; CI runs it anyway from .ci/run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildArmFiles } from "../../src/azure/emit/arm.js";
import { allPlatforms } from "./specs.js";

const CHECKER = resolve(import.meta.dirname, "..", "..", "..", "shared", "tools", "conformance", "check.mjs");
const available = existsSync(CHECKER);
if (!available) console.warn(`conformance: ${CHECKER} not found; skipping the ARM schema check`);

interface Report {
  files: number;
  objects: number;
  valid: number;
  invalid: number;
  noSchema: number;
  errors: unknown[];
  unknownKinds: Record<string, number>;
}

describe.skipIf(!available)("ARM templates conform to Azure's ARM schemas", async () => {
  const dir = mkdtempSync(join(tmpdir(), "akskit-arm-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const platforms = await allPlatforms();
  for (const { label, platform } of platforms)
    for (const f of buildArmFiles(platform)) {
      const path = join(dir, label, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
  const run = spawnSync(process.execPath, [CHECKER, "--json", dir], { encoding: "utf8" });
  const report = JSON.parse(run.stdout) as Report;

  it("reports no invalid resource and no unknown property", () => {
    expect(report.errors).toEqual([]);
    expect(report.invalid).toBe(0);
    expect(run.status).toBe(0);
  });

  it("checks every template of every example and preset", () => {
    expect(report.files).toBe(platforms.reduce((n, p) => n + p.platform.clusters.length, 0));
    expect(report.valid).toBeGreaterThan(report.files * 20);
  });

  it("has a schema for every managedClusters, agentPools and Microsoft.Network resource", () => {
    const missing = Object.keys(report.unknownKinds).filter((k) =>
      /^Microsoft\.(ContainerService|Network)\//i.test(k),
    );
    expect(missing).toEqual([]);
  });

  it("lacks a schema only for Microsoft.Storage and Microsoft.Compute disk encryption sets (not in the reference folder)", () => {
    for (const kind of Object.keys(report.unknownKinds))
      expect(kind).toMatch(/^(Microsoft\.Storage\/|Microsoft\.Compute\/diskEncryptionSets@)/);
  });
});
