/** Small rules for testing the engine, loaders and reporters independently of the real catalog. */
import { defineRule, type Rule } from "../../src/rules/types.js";
import type { LoadSink } from "../../src/audit/loaders/sink.js";
import { emptyFacts } from "../../src/audit/facts.js";
import { isRecord } from "../../src/audit/loaders/sink.js";

export function newSink(): LoadSink {
  return { facts: emptyFacts(), problems: [] };
}

const meta = {
  rationale: "Test rule.",
  remediation: { text: "Fix it." },
  sources: [{ title: "Test", url: "https://example.com/test" }],
  equivalents: {},
} as const;

export const localAccountsRule: Rule = defineRule({
  ...meta,
  id: "cluster/test-local-accounts",
  title: "Local accounts disabled",
  severity: "high",
  pillar: "security",
  level: "baseline",
  target: { kind: "cluster" },
  check(c, ctx) {
    if (c.resource.properties?.disableLocalAccounts !== true)
      ctx.report({ message: "local accounts are enabled", path: ["properties", "disableLocalAccounts"] });
  },
});

export const poolZonesRule: Rule = defineRule({
  ...meta,
  id: "nodepool/test-zones",
  title: "Pools use zones",
  severity: "medium",
  pillar: "reliability",
  level: "production",
  target: { kind: "agentPool" },
  check(p, ctx) {
    const z = p.properties.availabilityZones;
    if (!Array.isArray(z) || z.length < 2)
      ctx.report({ message: `pool ${p.name} has no zones`, path: ["availabilityZones"] });
  },
});

export const latestTagRule: Rule = defineRule({
  ...meta,
  id: "workload/test-latest-tag",
  title: "Images are pinned",
  severity: "high",
  pillar: "security",
  level: "baseline",
  target: { kind: "kube", kinds: ["PodTemplate"] },
  check(o, ctx) {
    const spec =
      o.kind === "Pod" ? o.object.spec : (o.object.spec as { template?: { spec?: unknown } })?.template?.spec;
    if (!isRecord(spec) || !Array.isArray(spec.containers)) return;
    const base = o.kind === "Pod" ? ["spec"] : ["spec", "template", "spec"];
    spec.containers.forEach((c: unknown, i: number) => {
      if (
        isRecord(c) &&
        typeof c.image === "string" &&
        (c.image.endsWith(":latest") || !c.image.includes(":"))
      )
        ctx.report({
          message: `container ${String(c.name)} uses a floating tag`,
          path: [...base, "containers", i, "image"],
        });
    });
  },
});

export const privilegedRule: Rule = defineRule({
  ...meta,
  id: "security/test-privileged",
  title: "No privileged containers",
  severity: "critical",
  pillar: "security",
  level: "baseline",
  target: { kind: "kube", kinds: ["Deployment"] },
  check(o, ctx) {
    type Container = { name?: string; securityContext?: { privileged?: boolean } };
    const containers = (o.object as { spec?: { template?: { spec?: { containers?: Container[] } } } }).spec
      ?.template?.spec?.containers;
    if (!Array.isArray(containers)) return;
    containers.forEach((c: Container, i: number) => {
      if (c?.securityContext?.privileged === true)
        ctx.report({
          message: `container ${String(c.name)} is privileged`,
          path: ["spec", "template", "spec", "containers", i, "securityContext", "privileged"],
        });
    });
  },
});

export const registryAdminRule: Rule = defineRule({
  ...meta,
  id: "azure/test-acr-admin",
  title: "Registry admin user disabled",
  severity: "low",
  pillar: "security",
  level: "regulated",
  target: { kind: "azureResource", types: ["Microsoft.ContainerRegistry/registries"] },
  check(r, ctx) {
    if (r.resource.properties?.adminUserEnabled === true)
      ctx.report({ message: "admin user enabled", path: ["properties", "adminUserEnabled"] });
  },
});

export const TEST_RULES: Rule[] = [
  localAccountsRule,
  poolZonesRule,
  latestTagRule,
  privilegedRule,
  registryAdminRule,
];

export const FIXTURES = "test/fixtures/audit";
