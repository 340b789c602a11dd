import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildEnvironment } from "../../src/azure/build.js";
import { allPlatforms } from "../azure/specs.js";

const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "generate.md"), "utf8");

describe("docs/generate.md", () => {
  it("describes every resource type the generators emit, with its API version", async () => {
    const seen = new Map<string, string>();
    for (const { platform } of await allPlatforms())
      for (const c of platform.clusters)
        for (const r of buildEnvironment(platform, c)) seen.set(r.type, r.apiVersion);
    const rows = doc.split("\n").filter((l) => /^\|\s*`/.test(l));
    for (const [type, version] of seen) {
      const parent = type.split("/").slice(0, 2).join("/");
      const row = rows.find(
        (l) =>
          l.includes(`\`${type}\``) ||
          (l.includes(`\`${parent}\``) && l.includes(`/${type.split("/").pop()}`)),
      );
      expect(row, type).toBeDefined();
      expect(row, type).toMatch(new RegExp(`\\|\\s*${version}\\s*\\|`));
    }
  });

  it("shows the deploy command of each target", () => {
    expect(doc).toContain(
      "az deployment sub create --location westeurope --template-file out/infra/arm/prod.json",
    );
    expect(doc).toContain(
      "az deployment sub create --location westeurope --template-file main.bicep --parameters prod.bicepparam",
    );
    expect(doc).toContain(
      "terraform init -backend-config=backend-prod.hcl && terraform apply -var-file=prod.tfvars",
    );
    expect(doc).toContain("bash out/infra/azcli/prod.sh");
    expect(doc).toContain("## Terraform");
  });
});
