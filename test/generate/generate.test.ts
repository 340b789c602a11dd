import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.js";
import type { Io } from "../../src/cli/run.js";
import { environmentOf, parseTargets } from "../../src/generate/targets.js";

const root = mkdtempSync(join(tmpdir(), "akskit-generate-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SPEC = "examples/production.yaml";

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

describe("akskit generate", () => {
  const out = join(root, "out");

  it("writes every target and prints a summary", async () => {
    const r = await run("generate", SPEC, "-o", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^akskit generate: examples\/production\.yaml → .* \(environments: dev, qa, prod\)\n/,
    );
    expect(r.stdout).toMatch(/ {2}arm +3 files in infra\/arm\//);
    expect(r.stdout).toMatch(/ {2}azcli +3 files in infra\/azcli\//);
    expect(r.stdout).toMatch(/ {2}bicep +\d+ files in infra\/bicep\//);
    expect(existsSync(join(out, "infra/arm/prod.json"))).toBe(true);
    expect(existsSync(join(out, "infra/bicep/main.bicep"))).toBe(true);
    expect(existsSync(join(out, "infra/azcli/dev.sh"))).toBe(true);
    expect(existsSync(join(out, ".akskit/manifest.json"))).toBe(true);
  });

  it("is deterministic: two runs give identical bytes", async () => {
    const again = join(root, "again");
    expect((await run("generate", SPEC, "-o", again)).code).toBe(0);
    const a = tree(out);
    const b = tree(again);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, content] of a) expect(b.get(path), path).toBe(content);
  });

  it("--check passes on fresh output and exits 1 naming a changed file", async () => {
    const ok = await run("generate", SPEC, "-o", out, "--check");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/is up to date \(\d+ files\)\.\n$/);
    const file = join(out, "infra/arm/qa.json");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("westeurope", "northeurope"));
    const stale = await run("generate", SPEC, "-o", out, "--check");
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("changed  infra/arm/qa.json\n");
    expect(stale.stdout).toContain("1 changed");
    // --check wrote nothing.
    expect(readFileSync(file, "utf8")).not.toBe(original);
    expect((await run("generate", SPEC, "-o", out)).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(original);
  });

  it("keeps a pre-existing foreign file and refuses to overwrite one without --force", async () => {
    writeFileSync(join(out, "NOTES.md"), "ours\n");
    expect((await run("generate", SPEC, "-o", out)).code).toBe(0);
    expect(readFileSync(join(out, "NOTES.md"), "utf8")).toBe("ours\n");

    const fresh = join(root, "foreign");
    mkdirSync(join(fresh, "infra/arm"), { recursive: true });
    writeFileSync(join(fresh, "infra/arm/dev.json"), '{ "mine": true }\n');
    const refused = await run("generate", SPEC, "-o", fresh, "--target", "arm");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("infra/arm/dev.json");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(join(fresh, "infra/arm/dev.json"), "utf8")).toBe('{ "mine": true }\n');
    expect(existsSync(join(fresh, "infra/arm/prod.json"))).toBe(false);
    expect((await run("generate", SPEC, "-o", fresh, "--target", "arm", "--force")).code).toBe(0);
    expect(readFileSync(join(fresh, "infra/arm/dev.json"), "utf8")).toContain("deploymentTemplate");
  });

  it("--target limits the output and rejects unknown targets", async () => {
    const only = join(root, "only-arm");
    const r = await run("generate", SPEC, "-o", only, "--target", "arm,azcli");
    expect(r.code).toBe(0);
    expect(readdirSync(join(only, "infra")).sort()).toEqual(["arm", "azcli"]);
    const bad = await run("generate", SPEC, "-o", only, "--target", "pulumi");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown target "pulumi"');
  });

  it("--env writes one environment's files and the shared ones", async () => {
    const dir = join(root, "env-qa");
    const r = await run("generate", SPEC, "-o", dir, "--target", "arm,bicep", "--env", "qa");
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "infra/arm"))).toEqual(["qa.json"]);
    expect(readdirSync(join(dir, "infra/bicep")).sort()).toEqual(["main.bicep", "modules", "qa.bicepparam"]);
    const bad = await run("generate", SPEC, "-o", dir, "--env", "staging");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("use one of dev, qa, prod");
  });

  it("writes nothing for an invalid spec (exit 2)", async () => {
    const spec = join(root, "bad.yaml");
    writeFileSync(
      spec,
      "apiVersion: akskit.dev/v1alpha1\nkind: Platform\nmetadata: { name: x }\nspec: { preset: nope }\n",
    );
    const dir = join(root, "bad-out");
    const r = await run("generate", spec, "-o", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nothing was written");
    expect(existsSync(dir)).toBe(false);
  });
});

describe("targets", () => {
  it("parses target lists in canonical order", () => {
    expect(parseTargets(undefined)).toEqual(["bicep", "terraform", "arm", "azcli", "flux"]);
    expect(parseTargets("azcli,arm")).toEqual(["arm", "azcli"]);
    expect(() => parseTargets("arm,helm")).toThrow('unknown target "helm"');
  });

  it.each([
    ["infra/arm/dev.json", "dev"],
    ["infra/bicep/qa.bicepparam", "qa"],
    ["infra/bicep/main.bicep", undefined],
    ["gitops/clusters/prod/kustomization.yaml", "prod"],
    ["gitops/dev/apps/x.yaml", "dev"],
    ["gitops/infrastructure/base/x.yaml", undefined],
  ])("environmentOf(%s) = %s", (path, env) => {
    expect(environmentOf(path, ["dev", "qa", "prod"])).toBe(env);
  });
});

describe("akskit generate preflight", () => {
  it("rejects a role it cannot assign with the spec location (exit 2)", async () => {
    const spec = join(root, "roles.yaml");
    writeFileSync(
      spec,
      [
        "apiVersion: akskit.dev/v1alpha1",
        "kind: Platform",
        "metadata: { name: roles }",
        "spec:",
        "  preset: dev",
        "  location: westeurope",
        "  namespaces: [{ name: shop, team: shop }]",
        "  workloads:",
        "    - name: api",
        "      namespace: shop",
        "      image: crroles.azurecr.io/api:1.0.0",
        "      port: 8080",
        "      identity:",
        "        roles:",
        "          - { role: Made Up Role, scope: keyVault }",
        "",
      ].join("\n"),
    );
    const dir = join(root, "roles-out");
    const r = await run("generate", spec, "-o", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${spec}:15:`);
    expect(r.stderr).toContain('"Made Up Role" is not a built-in role akskit knows');
    expect(existsSync(dir)).toBe(false);
  });
});
