import { describe, expect, it } from "vitest";
import { Unknown } from "../../../src/audit/facts.js";
import { diagnosticSettings } from "../../../src/rules/azure/cluster/diagnostic-settings.js";
import { userPoolPresent } from "../../../src/rules/azure/cluster/user-pool-present.js";
import { clusterFact, facts, run, testRule } from "./helpers.js";

const setting = (scope: unknown) => ({
  type: "Microsoft.Insights/diagnosticSettings",
  name: "diag-aks",
  scope,
  properties: { workspaceId: "/x/workspaces/log", logs: [{ category: "kube-audit-admin", enabled: true }] },
});

testRule(diagnosticSettings, {
  valid: [
    facts({ name: "aks-test", properties: {} }, [
      setting("Microsoft.ContainerService/managedClusters/aks-test"),
    ]),
    facts({ name: "aks-test", properties: {} }, [
      setting(
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-test",
      ),
    ]),
    facts({ name: "aks-test", properties: {} }, [
      {
        type: "Microsoft.ContainerService/managedClusters/providers/diagnosticSettings",
        name: "aks-test/Microsoft.Insights/service",
        properties: {},
      },
    ]),
    facts({ name: "aks-test", properties: {} }, [
      setting(new Unknown("[resourceId('Microsoft.ContainerService/managedClusters', 'aks-test')]")),
    ]),
    // An unevaluated scope may point at this cluster: don't know, so no finding.
    facts({ name: "aks-test", properties: {} }, [setting(new Unknown("[resourceId(parameters('c'))]"))]),
  ],
  invalid: [
    {
      facts: facts({ name: "aks-test", properties: {} }),
      message: "No diagnostic setting among the inputs sends this cluster's control plane logs",
      path: "properties",
    },
    {
      facts: facts({ name: "aks-test", properties: {} }, [
        setting("Microsoft.ContainerService/managedClusters/aks-other"),
      ]),
      message: "No diagnostic setting",
      path: "properties",
    },
  ],
});

describe("cluster/diagnostic-settings on az aks show JSON", () => {
  it("stays silent: that output never includes diagnostic settings", () => {
    const f = { clusters: [clusterFact({ properties: {} }, "az-json")], azureResources: [], kubeObjects: [] };
    expect(run(diagnosticSettings, f)).toEqual([]);
  });
});

testRule(userPoolPresent, {
  valid: [
    facts({
      properties: {
        agentPoolProfiles: [
          { name: "system", mode: "System" },
          { name: "apps", mode: "User" },
        ],
      },
    }),
    facts({
      properties: { agentPoolProfiles: [{ name: "system", mode: new Unknown("[parameters('mode')]") }] },
    }),
  ],
  invalid: [
    {
      facts: facts({ properties: { agentPoolProfiles: [{ name: "system", mode: "System", count: 3 }] } }),
      message: "has no User node pool (1 pool(s), all System)",
      path: "properties.agentPoolProfiles",
    },
  ],
});
