import { describe, expect, it } from "vitest";
import { buildGitOpsManifests } from "../../src/gitops/index.js";
import { clusterPath, gitopsBranch, repositoryRoot } from "../../src/gitops/layout.js";
import { platformFrom } from "./helpers.js";

const spec = (layout: string) => `  preset: production
  location: westeurope
  gitops: { layout: ${layout}, branch: trunk }
  environments: { staging: {}, prod: {} }
`;

describe("repository layout", () => {
  it("path per environment: one tree, one clusters/<env> per environment, on the spec's branch", () => {
    const p = platformFrom(spec("path-per-environment"));
    expect(repositoryRoot("path-per-environment", "prod")).toBe("gitops");
    expect(p.clusters.map((c) => [gitopsBranch(c), clusterPath(c)])).toEqual([
      ["trunk", "./clusters/staging"],
      ["trunk", "./clusters/prod"],
    ]);
    const paths = buildGitOpsManifests(p).map((f) => f.path);
    expect(paths.filter((x) => x.endsWith("/kustomization.yaml") && x.includes("/clusters/"))).toEqual([
      "gitops/clusters/prod/kustomization.yaml",
      "gitops/clusters/staging/kustomization.yaml",
    ]);
    expect(paths).toContain("gitops/infrastructure/controllers/prod/kustomization.yaml");
    expect(paths).toContain("gitops/apps/staging/kustomization.yaml");
  });

  it("branch per environment: gitops/<env>/ holds only that environment, for branch env/<env>", () => {
    const p = platformFrom(spec("branch-per-environment"));
    expect(p.clusters.map((c) => [gitopsBranch(c), clusterPath(c)])).toEqual([
      ["env/staging", "./clusters/staging"],
      ["env/prod", "./clusters/prod"],
    ]);
    const paths = buildGitOpsManifests(p).map((f) => f.path);
    expect(paths.filter((x) => x.endsWith("/kustomization.yaml") && x.includes("/clusters/"))).toEqual([
      "gitops/prod/clusters/prod/kustomization.yaml",
      "gitops/staging/clusters/staging/kustomization.yaml",
    ]);
    expect(paths.filter((x) => x.startsWith("gitops/prod/")).some((x) => x.includes("staging"))).toBe(false);
    expect(paths).toContain("gitops/prod/infrastructure/controllers/base/cert-manager/kustomization.yaml");
  });
});
