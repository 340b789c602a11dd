import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadPlatform } from "../../src/spec/index.js";

describe("specs written as modules (definePlatform)", () => {
  it("loads a JavaScript module's default export", async () => {
    const dir = await mkdtemp(join(tmpdir(), "akskit-"));
    const file = join(dir, "akskit.mjs");
    await writeFile(
      file,
      `export default { apiVersion: "akskit.dev/v1alpha1", kind: "Platform", metadata: { name: "mod" }, spec: { preset: "dev", location: "westeurope" } };\n`,
    );
    const p = await loadPlatform(file);
    expect(p.model.name).toBe("mod");
    expect(p.model.clusters.map((c) => c.environment)).toEqual(["dev"]);
  });

  it("reports schema problems by key path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "akskit-"));
    const file = join(dir, "akskit.mjs");
    await writeFile(
      file,
      `export default { apiVersion: "akskit.dev/v1alpha1", kind: "Platform", metadata: { name: "mod" }, spec: { preset: "dev", location: "westeurope", tier: "Gold" } };\n`,
    );
    const err = await loadPlatform(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).diagnostics[0]).toMatchObject({
      code: "bad-value",
      location: { file, line: 1, column: 1, path: "spec.tier" },
    });
  });
});
