import { describe, expect, it } from "vitest";
import { loadPlatform, loadPlatformText } from "../../src/spec/index.js";
import { specFindings } from "../../src/plan/findings.js";
import { plan } from "../../src/plan/plan.js";

const spec = (extra: string) => `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: demo }
spec:
  preset: production
  location: westeurope
  identity: { adminGroupObjectIds: [3f2c9a51-7d4e-4b8a-9c1f-2e6d8a0b5c47] }
  ingress: { tls: { issuer: letsencrypt, email: ops@demo.io } }
  environments: { prod: {} }
${extra}`;

describe("plan shows the spec's findings through the audit rules", () => {
  it("a production spec that keeps local accounts gets the audit's finding", () => {
    const platform = loadPlatformText(
      "demo.yaml",
      spec(
        "  identity: { adminGroupObjectIds: [3f2c9a51-7d4e-4b8a-9c1f-2e6d8a0b5c47], localAccounts: true }\n",
      ).replace("  identity: { adminGroupObjectIds: [3f2c9a51-7d4e-4b8a-9c1f-2e6d8a0b5c47] }\n", ""),
    );
    const [prod] = specFindings(platform.model);
    expect(prod!.level).toBe("production");
    expect(prod!.findings.map((f) => f.ruleId)).toEqual(["cluster/local-accounts-disabled"]);
    expect(prod!.findings[0]!.object.id).toBe("managedClusters/aks-demo-prod");
    const report = plan(platform);
    expect(report.environments[0]!.findings.items.map((f) => f.ruleId)).toEqual([
      "cluster/local-accounts-disabled",
    ]);
  });

  it("the production spec without changes has no findings", () => {
    const [prod] = specFindings(loadPlatformText("demo.yaml", spec("")).model);
    expect(prod!.findings).toEqual([]);
  });

  it("the minimal and production examples have no findings at their preset's bar", async () => {
    for (const file of ["examples/minimal.yaml", "examples/production.yaml"]) {
      const p = await loadPlatform(file);
      for (const env of specFindings(p.model))
        expect({ file, env: env.environment, findings: env.findings }).toEqual({
          file,
          env: env.environment,
          findings: [],
        });
    }
  });
});
