import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), isTTY: false },
    out,
    err,
  };
}

describe("akskit validate", () => {
  it("prints a one-line summary for a valid spec and exits 0", async () => {
    const c = capture();
    expect(await main(["validate", "examples/production.yaml"], c.io)).toBe(0);
    expect(c.out.join("")).toBe(
      "examples/production.yaml: valid — platform algesta, preset production, 3 environments (dev, qa, prod), 3 node pools, 4 workloads\n",
    );
  });

  it("exits 2 with located errors and no stack trace for a bad spec", async () => {
    const dir = await mkdtemp(join(tmpdir(), "akskit-"));
    const file = join(dir, "bad.yaml");
    await writeFile(
      file,
      "apiVersion: akskit.dev/v1alpha1\nkind: Platform\nmetadata: { name: x1 }\nspec: { preset: dev, location: westeurope, tier: Gold }\n",
    );
    const c = capture();
    expect(await main(["validate", file], c.io)).toBe(2);
    const text = c.err.join("");
    expect(text).toContain(
      `${file}:4:50: error: tier is string "Gold"; must be one of "Free", "Standard", "Premium"`,
    );
    expect(text).not.toMatch(/\n\s+at /);
  });

  it("exits 2 for a missing file", async () => {
    const c = capture();
    expect(await main(["validate", "does-not-exist.yaml"], c.io)).toBe(2);
    expect(c.err.join("")).toContain("does-not-exist.yaml does not exist");
  });
});

describe("akskit init", () => {
  it("writes a valid commented spec and never overwrites without --force", async () => {
    const dir = await mkdtemp(join(tmpdir(), "akskit-"));
    const file = join(dir, "akskit.yaml");
    const c = capture();
    expect(
      await main(
        ["init", "--preset", "production", "--name", "shop", "--environments", "dev,prod", "-o", file],
        c.io,
      ),
    ).toBe(0);
    const text = await readFile(file, "utf8");
    expect(text).toContain("preset: production");
    expect(text).toContain("# dev | production | regulated");
    expect(await main(["validate", file], capture().io)).toBe(0);

    await writeFile(file, "mine\n");
    const again = capture();
    expect(await main(["init", "--name", "shop", "-o", file], again.io)).toBe(2);
    expect(again.err.join("")).toContain("already exists; pass --force");
    expect(await readFile(file, "utf8")).toBe("mine\n");
    expect(await main(["init", "--name", "shop", "-o", file, "--force"], capture().io)).toBe(0);
  });

  it("rejects bad flag values with exit 2", async () => {
    const c = capture();
    expect(await main(["init", "--preset", "prod", "-o", "/tmp/never.yaml"], c.io)).toBe(2);
    expect(c.err.join("")).toContain("--preset must be one of dev, production, regulated");
  });
});

describe("akskit schema", () => {
  it("prints the JSON Schema", async () => {
    const c = capture();
    expect(await main(["schema"], c.io)).toBe(0);
    const schema = JSON.parse(c.out.join(""));
    expect(schema.$id).toBe("https://akskit.dev/schemas/v1alpha1/platform.json");
    expect(schema.properties.spec.properties.network.properties.plugin.enum).toEqual([
      "azure-overlay",
      "azure",
      "kubenet",
    ]);
  });
});
