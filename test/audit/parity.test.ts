/**
 * Parity (DESIGN.md): the ARM and the Terraform output of one akskit spec, loaded back through the
 * audit loaders, describe the same cluster and give the same findings.
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { auditFacts } from "../../src/audit/audit.js";
import { loadInputs, type LoadResult } from "../../src/audit/load.js";
import { main } from "../../src/cli/program.js";
import type { ReportedFinding } from "../../src/audit/suppress.js";

/**
 * Differences that come from the generators, not from the loaders. Each entry must still occur, so the
 * list shrinks as soon as a generator is fixed. Empty: the ARM and the Terraform target agree.
 */
const KNOWN_GENERATOR_GAPS: Record<string, string[]> = {};

/** Differences only regulated-level rules see (none: run command, IDPS, disk keys and flow logs agree). */
const REGULATED_BAR_GAPS: Record<string, string[]> = {};

const quiet = { stdout: () => undefined, stderr: () => undefined, isTTY: false };
/**
 * ARM resource types and names are case-insensitive; the ARM template spells some types as their published
 * schema does (`microsoft.insights/diagnosticSettings`), the Terraform map as the API does.
 */
const key = (f: ReportedFinding) => `${f.ruleId} ${f.object.id.toLowerCase()} ${f.location.path}`;

describe.each(["production", "regulated", "minimal"])(
  "ARM/Terraform parity for examples/%s.yaml",
  (example) => {
    let arm: LoadResult;
    let tf: LoadResult;

    beforeAll(async () => {
      const out = mkdtempSync(join(tmpdir(), `akskit-parity-${example}-`));
      const code = await main(
        ["generate", `examples/${example}.yaml`, "-o", out, "--target", "arm,terraform"],
        quiet,
      );
      expect(code).toBe(0);
      // prod when the spec has it, else its first environment.
      const envs = readdirSync(join(out, "infra/arm"))
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.slice(0, -5))
        .sort();
      const env = envs.includes("prod") ? "prod" : (envs[0] ?? "");
      expect(existsSync(join(out, `infra/terraform/${env}.tfvars`))).toBe(true);
      arm = await loadInputs([join(out, `infra/arm/${env}.json`)]);
      // The ARM template deploys the hub too; Terraform keeps it in its own root module (hub/).
      const hub = join(out, "infra/terraform/hub");
      // Every file of the environment's root module, with that environment's values.
      const root = join(out, "infra/terraform");
      tf = await loadInputs([
        ...readdirSync(root)
          .filter((f) => f.endsWith(".tf"))
          .sort()
          .map((f) => join(root, f)),
        join(root, `${env}.tfvars`),
        ...(existsSync(hub) ? [join(hub, "hub.tf"), join(hub, "hub.tfvars")] : []),
      ]);
    }, 120_000);

    it("loads both without problems", () => {
      expect(arm.problems).toEqual([]);
      expect(tf.problems).toEqual([]);
    });

    it("gives the same cluster and node pools", () => {
      expect(tf.facts.clusters.map((c) => c.id)).toEqual(arm.facts.clusters.map((c) => c.id));
      const pools = (r: LoadResult) => r.facts.clusters.flatMap((c) => c.agentPools.map((p) => p.id)).sort();
      expect(pools(tf)).toEqual(pools(arm));
    });

    /** Findings of one side only, at a profile: what the loaders disagree on (plus known generator gaps). */
    const differences = (profile: "production" | "regulated") => {
      const a = new Set(auditFacts(arm.facts, { profile }).findings.map(key));
      const t = new Set(auditFacts(tf.facts, { profile }).findings.map(key));
      return [...[...a].filter((k) => !t.has(k)), ...[...t].filter((k) => !a.has(k))].sort();
    };

    it("gives the same findings", () => {
      expect(differences("production")).toEqual([...(KNOWN_GENERATOR_GAPS[example] ?? [])].sort());
    });

    it("gives the same findings at the stricter regulated bar too", () => {
      const gaps = new Set(KNOWN_GENERATOR_GAPS[example] ?? []);
      expect(differences("regulated").filter((k) => !gaps.has(k))).toEqual(REGULATED_BAR_GAPS[example] ?? []);
    });

    it("gives the same flow logs, disk encryption sets and firewall policies", () => {
      const of = (r: LoadResult, type: string, path: string[]) =>
        r.facts.azureResources
          .filter((x) => x.type.toLowerCase() === type.toLowerCase())
          .map((x) => {
            let v: unknown = x.resource;
            for (const p of path)
              v = v && typeof v === "object" ? (v as Record<string, unknown>)[p] : undefined;
            return `${x.name.split("/").pop() ?? ""} ${JSON.stringify(v)}`;
          })
          .sort();
      const same = (type: string, path: string[]) => expect(of(tf, type, path)).toEqual(of(arm, type, path));
      same("Microsoft.Network/networkWatchers/flowLogs", ["properties", "enabled"]);
      same("Microsoft.Network/networkWatchers/flowLogs", ["properties", "retentionPolicy"]);
      same("Microsoft.Compute/diskEncryptionSets", ["properties", "encryptionType"]);
      same("Microsoft.Compute/diskEncryptionSets", ["properties", "rotationToLatestKeyVersionEnabled"]);
      same("Microsoft.Network/firewallPolicies", ["properties", "intrusionDetection", "mode"]);
      same("Microsoft.Network/firewallPolicies", ["properties", "threatIntelMode"]);
      same("Microsoft.Network/firewallPolicies", ["properties", "sku", "tier"]);
      const hasDes = (r: LoadResult) =>
        r.facts.clusters[0]?.resource.properties?.diskEncryptionSetID !== undefined;
      expect(hasDes(tf)).toBe(hasDes(arm));
      // The regulated example has them all (hub and spoke flow logs), so the comparisons above are not vacuous.
      if (example === "regulated") {
        expect(of(tf, "Microsoft.Network/networkWatchers/flowLogs", ["properties", "enabled"])).toEqual([
          "fl-vnet-fabrikam-hub true",
          "fl-vnet-fabrikam-prod true",
        ]);
        expect(hasDes(tf)).toBe(true);
        expect(
          of(tf, "Microsoft.Network/firewallPolicies", ["properties", "intrusionDetection", "mode"]),
        ).toEqual(['afwp-fabrikam-hub "Deny"']);
      }
    });

    it("gives the same values for the cluster settings the rules read", () => {
      const paths = [
        ["sku", "tier"],
        ["properties", "kubernetesVersion"],
        ["properties", "disableLocalAccounts"],
        ["properties", "apiServerAccessProfile", "disableRunCommand"],
        ["properties", "aadProfile", "enableAzureRBAC"],
        ["properties", "apiServerAccessProfile", "enablePrivateCluster"],
        ["properties", "networkProfile", "networkPlugin"],
        ["properties", "networkProfile", "networkPluginMode"],
        ["properties", "networkProfile", "networkDataplane"],
        ["properties", "networkProfile", "networkPolicy"],
        ["properties", "networkProfile", "podCidr"],
        ["properties", "networkProfile", "serviceCidr"],
        ["properties", "networkProfile", "outboundType"],
        ["properties", "oidcIssuerProfile", "enabled"],
        ["properties", "securityProfile", "workloadIdentity", "enabled"],
        ["properties", "autoUpgradeProfile", "upgradeChannel"],
        ["properties", "autoUpgradeProfile", "nodeOSUpgradeChannel"],
        ["properties", "addonProfiles", "azurepolicy", "enabled"],
        ["properties", "addonProfiles", "azureKeyvaultSecretsProvider", "config", "enableSecretRotation"],
        ["properties", "azureMonitorProfile", "metrics", "enabled"],
      ];
      const at = (r: LoadResult, path: string[]) => {
        let v: unknown = r.facts.clusters[0]?.resource;
        for (const p of path) v = v && typeof v === "object" ? (v as Record<string, unknown>)[p] : undefined;
        return v;
      };
      // An absent setting and its API default (false, null, empty list) mean the same.
      const norm = (v: unknown) =>
        v === undefined || v === null || v === false || (Array.isArray(v) && v.length === 0) ? "default" : v;
      const differ = paths
        .filter((p) => JSON.stringify(norm(at(arm, p))) !== JSON.stringify(norm(at(tf, p))))
        .map((p) => p.join("."));
      expect(differ).toEqual([]);
    });
  },
);
