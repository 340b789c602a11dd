import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.js";
import type { Io } from "../../src/cli/run.js";
import { SEED_004_SPEC } from "./specs.js";

function capture(): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    isTTY: false,
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

describe("akskit plan", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "akskit-plan-"));
    await writeFile(join(dir, "seed.yaml"), SEED_004_SPEC, "utf8");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints the text plan of the production example and exits 0", async () => {
    const io = capture();
    expect(await main(["plan", "examples/production.yaml"], io)).toBe(0);
    expect(io.out).toMatch(
      /^akskit plan: algesta \(examples\/production.yaml\), preset production, 3 environments/,
    );
    expect(io.out).toContain("Environment prod — aks-algesta-prod in rg-algesta-prod (westeurope)");
    expect(io.err).toBe("");
  });

  it("--env and --format json print one environment as JSON", async () => {
    const io = capture();
    expect(await main(["plan", "examples/production.yaml", "--env", "qa", "--format", "json"], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.environments.map((e: { name: string }) => e.name)).toEqual(["qa"]);
    expect(report.platform.environments).toEqual(["dev", "qa", "prod"]);
  });

  it("--format markdown prints Markdown", async () => {
    const io = capture();
    expect(await main(["plan", "examples/production.yaml", "--format", "markdown", "--env", "dev"], io)).toBe(
      0,
    );
    expect(io.out.startsWith("# Plan: algesta\n")).toBe(true);
  });

  it("exits 1 when the plan has capacity errors (seed 004's /22), still printing the plan", async () => {
    const io = capture();
    expect(await main(["plan", join(dir, "seed.yaml")], io)).toBe(1);
    expect(io.out).toMatch(/so it holds 9\s+nodes/);
    expect(io.out).toContain("1 error and 1 warning: the plan does not hold at max scale.");
  });

  it("exits 2 for a missing spec, an unknown environment, format or price source", async () => {
    const missing = capture();
    expect(await main(["plan", join(dir, "nope.yaml")], missing)).toBe(2);
    expect(missing.err).toContain("nope.yaml does not exist");
    const env = capture();
    expect(await main(["plan", "examples/production.yaml", "--env", "staging"], env)).toBe(2);
    expect(env.err).toBe(
      'akskit: environment "staging" is not in examples/production.yaml; it has dev, qa, prod\n',
    );
    const format = capture();
    expect(await main(["plan", "examples/production.yaml", "--format", "html"], format)).toBe(2);
    expect(format.err).toBe('akskit: unknown --format "html"; use text, json, markdown\n');
    const prices = capture();
    expect(await main(["plan", "examples/production.yaml", "--prices", "cheap"], prices)).toBe(2);
    expect(prices.err).toBe('akskit: unknown --prices "cheap"; use table or live\n');
  });

  it("exits 2 with file:line:col for a spec error that is not about capacity", async () => {
    await writeFile(
      join(dir, "bad.yaml"),
      SEED_004_SPEC.replace("dataPlane: azure", "dataPlane: cilium"),
      "utf8",
    );
    const io = capture();
    expect(await main(["plan", join(dir, "bad.yaml")], io)).toBe(2);
    expect(io.err).toContain("bad.yaml:");
    expect(io.err).toContain("[unsupported-combination]");
    expect(io.out).toBe("");
  });
});
