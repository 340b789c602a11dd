import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { autoUpgradeChannel } from "../../../src/rules/azure/cluster/auto-upgrade-channel.js";
import { kubernetesVersionEndingSoon } from "../../../src/rules/azure/cluster/kubernetes-version-ending-soon.js";
import { kubernetesVersionSupported } from "../../../src/rules/azure/cluster/kubernetes-version-supported.js";
import { maintenanceWindowAutoUpgrade } from "../../../src/rules/azure/cluster/maintenance-window-auto-upgrade.js";
import { maintenanceWindowNodeOs } from "../../../src/rules/azure/cluster/maintenance-window-node-os.js";
import { nodeOsUpgradeChannel } from "../../../src/rules/azure/cluster/node-os-upgrade-channel.js";
import { clusterFact, facts, run, testRule } from "./helpers.js";

// The support-window rules judge on SOURCE_DATE_EPOCH: 2026-11-21T00:00:00Z.
const NOV_21_2026 = "1795219200";

beforeEach(() => {
  vi.stubEnv("SOURCE_DATE_EPOCH", NOV_21_2026);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

testRule(kubernetesVersionSupported, {
  valid: [
    facts({ properties: { kubernetesVersion: "1.35.2" } }),
    facts({ properties: { kubernetesVersion: "1.37" } }),
    facts({ properties: { kubernetesVersion: "1.38.0" } }),
    facts({
      properties: {
        kubernetesVersion: "1.35.2",
        agentPoolProfiles: [{ name: "apps", orchestratorVersion: "1.34.6" }],
      },
    }),
    // 1.34 ends 2026-11-30: still supported on the 21st (the ending-soon rule warns).
    facts({ properties: { kubernetesVersion: "1.34.4" } }),
    // 1.32 is past community support but inside LTS (Premium + AKSLongTermSupport) until 2027-03-31.
    facts({
      sku: { name: "Base", tier: "Premium" },
      properties: { kubernetesVersion: "1.32.9", supportPlan: "AKSLongTermSupport" },
    }),
  ],
  invalid: [
    {
      facts: facts({ properties: { kubernetesVersion: "1.33.5" } }),
      message: "1.33 reached end of life on 2026-07-31",
      path: "properties.kubernetesVersion",
    },
    {
      facts: facts({ properties: { kubernetesVersion: "1.27.9" } }),
      message: "older than every version AKS supports (1.34–1.37",
      path: "properties.kubernetesVersion",
    },
    {
      facts: facts({
        sku: { name: "Base", tier: "Premium" },
        properties: { kubernetesVersion: "1.30.4", supportPlan: "AKSLongTermSupport" },
      }),
      message: "1.30 reached LTS end of life on 2026-07-31",
      path: "properties.kubernetesVersion",
    },
    {
      facts: facts({
        properties: {
          kubernetesVersion: "1.35.2",
          agentPoolProfiles: [{ name: "old", orchestratorVersion: "1.32.7" }],
        },
      }),
      message: 'Node pool "old": Kubernetes 1.32 reached end of life on 2026-03-31',
      path: "properties.agentPoolProfiles[0].orchestratorVersion",
    },
    {
      // LTS needs the Premium tier: a Standard cluster with the plan gets community dates.
      facts: facts({
        sku: { name: "Base", tier: "Standard" },
        properties: { kubernetesVersion: "1.32.9", supportPlan: "AKSLongTermSupport" },
      }),
      message: "1.32 reached end of life on 2026-03-31",
      path: "properties.kubernetesVersion",
    },
  ],
});

testRule(kubernetesVersionEndingSoon, {
  // 1.35 ends 2027-03-31, 130 days away; 1.33 is past end of life (the other rule's finding).
  valid: [
    facts({ properties: { kubernetesVersion: "1.35.0" } }),
    facts({ properties: { kubernetesVersion: "1.33.5" } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { kubernetesVersion: "1.34.4" } }),
      message: "end of life on 2026-11-30 (9 days after 2026-11-21)",
      path: "properties.kubernetesVersion",
    },
    {
      facts: facts({
        sku: { name: "Base", tier: "Premium" },
        properties: { kubernetesVersion: "1.31.11", supportPlan: "AKSLongTermSupport" },
      }),
      message: "1.31 reaches LTS end of life on 2026-11-30",
      path: "properties.kubernetesVersion",
    },
  ],
});

describe("support window day", () => {
  it("uses SOURCE_DATE_EPOCH so that findings are reproducible", () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", "1767225600"); // 2026-01-01: 1.33 still supported
    expect(run(kubernetesVersionSupported, facts({ properties: { kubernetesVersion: "1.33.5" } }))).toEqual(
      [],
    );
  });
});

testRule(autoUpgradeChannel, {
  valid: [
    facts({ properties: { autoUpgradeProfile: { upgradeChannel: "patch" } } }),
    facts({ properties: { autoUpgradeProfile: { upgradeChannel: "stable" } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { autoUpgradeProfile: { upgradeChannel: "none" } } }),
      message: 'upgradeChannel is "none"',
      path: "properties.autoUpgradeProfile.upgradeChannel",
    },
    {
      facts: facts({ properties: {} }),
      message: "upgradeChannel is not set",
      path: "properties.autoUpgradeProfile.upgradeChannel",
    },
  ],
});

testRule(nodeOsUpgradeChannel, {
  valid: [
    facts({ properties: { autoUpgradeProfile: { nodeOSUpgradeChannel: "NodeImage" } } }),
    facts({ properties: { autoUpgradeProfile: { nodeOsUpgradeChannel: "SecurityPatch" } } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { autoUpgradeProfile: { nodeOSUpgradeChannel: "Unmanaged" } } }),
      message: 'nodeOSUpgradeChannel is "Unmanaged"',
      path: "properties.autoUpgradeProfile.nodeOSUpgradeChannel",
    },
  ],
});

const patchChannel = {
  properties: { autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "NodeImage" } },
};
const schedule = (name: string) => ({
  type: "Microsoft.ContainerService/managedClusters/maintenanceConfigurations",
  name: `aks-test/${name}`,
  properties: {
    maintenanceWindow: {
      schedule: { weekly: { intervalWeeks: 1, dayOfWeek: "Saturday" } },
      durationHours: 4,
      startTime: "02:00",
    },
  },
});

testRule(maintenanceWindowAutoUpgrade, {
  valid: [
    facts(patchChannel, [schedule("aksManagedAutoUpgradeSchedule")]),
    facts({ properties: { autoUpgradeProfile: { upgradeChannel: "none" } } }),
    facts({ properties: {} }),
  ],
  invalid: [
    {
      facts: facts(patchChannel, [schedule("aksManagedNodeOSUpgradeSchedule")]),
      message: 'Auto-upgrade channel "patch" has no aksManagedAutoUpgradeSchedule',
      path: "properties.autoUpgradeProfile",
    },
    {
      facts: facts(patchChannel, [
        { ...schedule("aksManagedAutoUpgradeSchedule"), name: "other-cluster/aksManagedAutoUpgradeSchedule" },
      ]),
      message: "no aksManagedAutoUpgradeSchedule",
      path: "properties.autoUpgradeProfile",
    },
  ],
});

testRule(maintenanceWindowNodeOs, {
  valid: [
    facts(patchChannel, [schedule("aksManagedNodeOSUpgradeSchedule")]),
    facts({ properties: { autoUpgradeProfile: { nodeOSUpgradeChannel: "None" } } }),
  ],
  invalid: [
    {
      facts: facts(patchChannel, [schedule("aksManagedAutoUpgradeSchedule")]),
      message: 'Node OS channel "NodeImage" has no aksManagedNodeOSUpgradeSchedule',
      path: "properties.autoUpgradeProfile",
    },
  ],
});

describe("maintenance window rules on az aks show JSON", () => {
  it("stay silent: that output never includes maintenance configurations", () => {
    const f = { clusters: [clusterFact(patchChannel, "az-json")], azureResources: [], kubeObjects: [] };
    expect(run(maintenanceWindowAutoUpgrade, f)).toEqual([]);
    expect(run(maintenanceWindowNodeOs, f)).toEqual([]);
  });
});
