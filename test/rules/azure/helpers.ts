/**
 * In-memory facts for the Azure rule tests, and a small RuleTester: literal tables of valid inputs
 * (no finding) and invalid ones (exactly one finding with this message fragment at this path).
 */
import { describe, expect, it } from "vitest";
import type {
  AgentPoolFact,
  ArmResource,
  AzureResourceFact,
  Facts,
  InputKind,
  ManagedClusterFact,
} from "../../../src/audit/facts.js";
import { memoryLocator } from "../../../src/audit/facts.js";
import { runRules } from "../../../src/audit/engine.js";
import type { Rule, RuleLevel } from "../../../src/rules/types.js";

const FILE = "<memory>";

/** A managed cluster fact from an ARM resource; inline `agentPoolProfiles` become pool facts. */
export function clusterFact(resource: ArmResource, kind: InputKind = "arm"): ManagedClusterFact {
  const name = typeof resource.name === "string" ? resource.name : "aks-test";
  const id = `managedClusters/${name}`;
  const profiles = (resource.properties?.agentPoolProfiles ?? []) as Record<string, unknown>[];
  const agentPools: AgentPoolFact[] = profiles.map((p, i) => ({
    id: `${id}/agentPools/${String(p.name)}`,
    name: String(p.name),
    clusterId: id,
    source: { file: FILE, kind },
    locate: memoryLocator(FILE, ["properties", "agentPoolProfiles", i]),
    properties: p,
  }));
  return {
    id,
    name,
    source: { file: FILE, kind },
    locate: memoryLocator(FILE),
    resource: { type: "Microsoft.ContainerService/managedClusters", name, ...resource },
    agentPools,
  };
}

/** An Azure resource fact; `type` and `name` come from the resource. */
export function resourceFact(resource: ArmResource & { type: string; name: string }): AzureResourceFact {
  return {
    id: `${resource.type.split("/").slice(1).join("/")}/${resource.name}`,
    source: { file: FILE, kind: "arm" },
    locate: memoryLocator(FILE),
    type: resource.type,
    name: resource.name,
    resource,
  };
}

/** Facts holding one cluster (from its ARM resource) and other resources. */
export function facts(
  cluster?: ArmResource,
  resources: (ArmResource & { type: string; name: string })[] = [],
): Facts {
  return {
    clusters: cluster ? [clusterFact(cluster)] : [],
    azureResources: resources.map(resourceFact),
    kubeObjects: [],
  };
}

/** Facts holding only Azure resources. */
export function resources(...list: (ArmResource & { type: string; name: string })[]): Facts {
  return facts(undefined, list);
}

export interface Reported {
  message: string;
  /** The location's key path, as formatKeyPath writes it. */
  path: string;
  object: string;
}

/** Runs one rule at the regulated level (every rule applies) and returns message, path and object. */
export function run(rule: Rule, f: Facts, level: RuleLevel = "regulated"): Reported[] {
  const result = runRules(f, [rule], { level });
  expect(result.errors).toEqual([]);
  return result.findings.map((x) => ({
    message: x.message,
    path: x.location.path ?? "",
    object: x.object.id,
  }));
}

export interface InvalidCase {
  facts: Facts;
  /** A fragment of the expected message. */
  message: string;
  /** The expected key path of the finding. */
  path: string;
}

/** RuleTester: each valid input yields no finding, each invalid one exactly one finding as described. */
export function testRule(rule: Rule, cases: { valid: Facts[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    cases.valid.forEach((f, i) => {
      it(`passes valid input ${i + 1}`, () => {
        expect(run(rule, f)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`reports invalid input ${i + 1}: ${c.message}`, () => {
        const found = run(rule, c.facts);
        expect(found).toHaveLength(1);
        expect(found[0]!.message).toContain(c.message);
        expect(found[0]!.path).toBe(c.path);
      });
    });
  });
}
