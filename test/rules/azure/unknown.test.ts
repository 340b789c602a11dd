/**
 * Unknown values (unevaluated ARM expressions) never produce findings: a rule neither passes nor fails
 * on what it cannot know.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Facts } from "../../../src/audit/facts.js";
import { Unknown } from "../../../src/audit/facts.js";
import { runRules } from "../../../src/audit/engine.js";
import { AZURE_RULES } from "../../../src/rules/azure-rules.js";
import { localAccountsDisabled } from "../../../src/rules/azure/cluster/local-accounts-disabled.js";
import { maxPodsMinimum } from "../../../src/rules/azure/nodepool/max-pods-minimum.js";
import { clusterFact, facts, resourceFact, run } from "./helpers.js";

const u = (what: string) => new Unknown(`[parameters('${what}')]`);

/** A pool whose every property the rules read is an unevaluated expression. */
const unknownPool = Object.fromEntries(
  [
    "mode",
    "vmSize",
    "count",
    "minCount",
    "maxCount",
    "enableAutoScaling",
    "availabilityZones",
    "osDiskType",
    "maxPods",
    "nodeTaints",
    "upgradeSettings",
    "scaleSetPriority",
    "osSKU",
    "enableFIPS",
    "enableEncryptionAtHost",
    "type",
    "orchestratorVersion",
    "vnetSubnetID",
    "podSubnetID",
    "enableNodePublicIP",
  ].map((k) => [k, u(k)]),
);

const resourceTypes = [
  "Microsoft.ContainerRegistry/registries",
  "Microsoft.KeyVault/vaults",
  "Microsoft.OperationalInsights/workspaces",
  "Microsoft.Network/applicationGateways",
  "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies",
  "Microsoft.Network/azureFirewalls",
  "Microsoft.Network/firewallPolicies",
  "Microsoft.Network/virtualNetworks",
  "Microsoft.Network/networkSecurityGroups",
  "Microsoft.Network/publicIPAddresses",
  "Microsoft.Storage/storageAccounts",
];

function unknownFacts(): Facts {
  const cluster = clusterFact({
    name: "aks-x",
    sku: u("sku") as never,
    identity: u("identity") as never,
    properties: u("properties") as never,
  });
  cluster.agentPools = [
    {
      ...clusterFact({ name: "aks-x", properties: { agentPoolProfiles: [{ name: "pool" }] } }).agentPools[0]!,
      properties: { name: "pool", ...unknownPool },
    },
  ];
  return {
    clusters: [cluster],
    azureResources: [
      ...resourceTypes.map((type, i) =>
        resourceFact({
          type,
          name: `r${i}`,
          location: u("location"),
          sku: u("sku") as never,
          zones: u("zones"),
          properties: u("properties") as never,
        }),
      ),
      resourceFact({
        type: "Microsoft.Insights/diagnosticSettings",
        name: "diag",
        scope: u("scope"),
        properties: { logs: u("logs") },
      }),
      resourceFact({
        type: "Microsoft.Network/networkWatchers/flowLogs",
        name: "nw/fl",
        properties: { targetResourceId: u("target") },
      }),
      resourceFact({
        type: "Microsoft.ContainerService/managedClusters/maintenanceConfigurations",
        name: u("mc") as never,
        properties: {},
      }),
    ],
    kubeObjects: [],
  };
}

beforeEach(() => {
  vi.stubEnv("SOURCE_DATE_EPOCH", "1795219200");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("Unknown values", () => {
  it("produce no finding from any Azure rule", () => {
    const result = runRules(unknownFacts(), AZURE_RULES, { level: "regulated" });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it("silence a template rule whose field is unevaluated", () => {
    expect(run(localAccountsDisabled, facts({ properties: { disableLocalAccounts: u("local") } }))).toEqual(
      [],
    );
    expect(run(localAccountsDisabled, facts({ properties: u("properties") as never }))).toEqual([]);
    expect(
      run(
        maxPodsMinimum,
        facts({ properties: { agentPoolProfiles: [{ name: "apps", maxPods: u("maxPods") }] } }),
      ),
    ).toEqual([]);
  });

  it("do not hide a finding the known values already prove", () => {
    // One unevaluated range does not make 0.0.0.0/0 any less open.
    const found = runRules(
      facts({ properties: { apiServerAccessProfile: { authorizedIPRanges: [u("office"), "0.0.0.0/0"] } } }),
      AZURE_RULES.filter((r) => r.id === "cluster/api-server-no-open-range"),
    );
    expect(found.findings.map((f) => f.location.path)).toEqual([
      "properties.apiServerAccessProfile.authorizedIPRanges[1]",
    ]);
  });
});
