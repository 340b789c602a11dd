import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KUBE_RULES } from "../../../src/rules/kube-rules.js";
import { PILLARS, RULE_LEVELS, SEVERITIES } from "../../../src/rules/types.js";

const DOMAINS = ["workload", "security", "cross", "gitops"];
const root = join(import.meta.dirname, "../../../src/rules/kube");

describe("Kubernetes rule catalog", () => {
  it("lists exactly the rule files on disk, sorted by domain and file", () => {
    const onDisk = DOMAINS.flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith(".ts"))
        .sort()
        .map((f) => `${d}/${f.slice(0, -3)}`),
    );
    expect(KUBE_RULES.map((r) => r.id)).toEqual(onDisk);
  });

  it("holds at least 95 rules with unique ids", () => {
    expect(KUBE_RULES.length).toBeGreaterThanOrEqual(95);
    expect(new Set(KUBE_RULES.map((r) => r.id)).size).toBe(KUBE_RULES.length);
  });

  it("gives every rule complete metadata", () => {
    for (const r of KUBE_RULES) {
      const where = `rule ${r.id}`;
      expect(r.id, where).toMatch(/^(workload|security|cross|gitops)\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.title.length, where).toBeGreaterThan(10);
      expect(SEVERITIES, where).toContain(r.severity);
      expect(PILLARS, where).toContain(r.pillar);
      expect(RULE_LEVELS, where).toContain(r.level);
      expect(r.rationale, where).toMatch(/\.$/);
      expect(r.remediation.text, where).toMatch(/\.$/);
      expect(r.remediation.yaml ?? r.remediation.spec, where).toBeTruthy();
      expect(r.sources.length, where).toBeGreaterThan(0);
      for (const s of r.sources)
        expect(s.title, where).toMatch(
          /^(seed 00\d: |Kubernetes: |Microsoft Learn: |Flux: |cert-manager: |Velero: |fluxcd)/,
        );
    }
  });

  it("names every rule id in some test file of this folder", () => {
    const here = import.meta.dirname;
    const tests = readdirSync(here)
      .filter((f) => f.endsWith(".test.ts") && f !== "catalog.test.ts")
      .map((f) => readFileSync(join(here, f), "utf8"))
      .join("\n");
    const untested = KUBE_RULES.filter((r) => {
      const file = r.id.split("/")[1]!;
      return (
        !tests.includes(`kube/${r.id}.js`) && !tests.includes(`"${r.id}"`) && !tests.includes(file + ".js")
      );
    }).map((r) => r.id);
    expect(untested).toEqual([]);
  });

  it("cites an official page for every rule", () => {
    for (const r of KUBE_RULES) {
      const urls = r.sources.filter((s) => s.url !== undefined);
      expect(urls.length, r.id).toBeGreaterThan(0);
    }
  });
});
