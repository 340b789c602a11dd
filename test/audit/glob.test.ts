import { describe, expect, it } from "vitest";
import { globToRegExp, matchesPathGlob } from "../../src/audit/glob.js";

describe("globs", () => {
  it("match within and across folders", () => {
    expect(globToRegExp("*.yaml").test("a.yaml")).toBe(true);
    expect(globToRegExp("*.yaml").test("dir/a.yaml")).toBe(false);
    expect(globToRegExp("**/*.yaml").test("dir/sub/a.yaml")).toBe(true);
    expect(globToRegExp("**/*.yaml").test("a.yaml")).toBe(true);
    expect(globToRegExp("a?c").test("abc")).toBe(true);
    expect(globToRegExp("a.c").test("abc")).toBe(false);
  });

  it("match a path relative to the folder or any trailing part", () => {
    expect(matchesPathGlob("charts/app/templates/tests/t.yaml", "charts/**")).toBe(true);
    expect(matchesPathGlob("./infra/dev/main.tf", "infra/dev/")).toBe(true);
    expect(matchesPathGlob("manifests/base/deploy.test.yaml", "*.test.yaml")).toBe(true);
    expect(matchesPathGlob("manifests/base/deploy.yaml", "*.test.yaml")).toBe(false);
  });
});
