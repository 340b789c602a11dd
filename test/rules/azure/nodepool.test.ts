import { Unknown } from "../../../src/audit/facts.js";
import { autoscalingEnabled } from "../../../src/rules/azure/nodepool/autoscaling-enabled.js";
import { availabilityZones } from "../../../src/rules/azure/nodepool/availability-zones.js";
import { ephemeralOsDisk } from "../../../src/rules/azure/nodepool/ephemeral-os-disk.js";
import { fipsEnabled } from "../../../src/rules/azure/nodepool/fips-enabled.js";
import { hostEncryption } from "../../../src/rules/azure/nodepool/host-encryption.js";
import { maxPodsClassicCni } from "../../../src/rules/azure/nodepool/max-pods-classic-cni.js";
import { maxPodsMinimum } from "../../../src/rules/azure/nodepool/max-pods-minimum.js";
import { maxSurgeSet } from "../../../src/rules/azure/nodepool/max-surge-set.js";
import { nodePublicIpDisabled } from "../../../src/rules/azure/nodepool/node-public-ip-disabled.js";
import { orchestratorVersionMatches } from "../../../src/rules/azure/nodepool/orchestrator-version-matches.js";
import { osSkuSupported } from "../../../src/rules/azure/nodepool/os-sku-supported.js";
import { scaleSet } from "../../../src/rules/azure/nodepool/scale-set.js";
import { spotPoolTaint } from "../../../src/rules/azure/nodepool/spot-pool-taint.js";
import { spotPoolUserMode } from "../../../src/rules/azure/nodepool/spot-pool-user-mode.js";
import { systemPoolMinCount } from "../../../src/rules/azure/nodepool/system-pool-min-count.js";
import { systemPoolTaint } from "../../../src/rules/azure/nodepool/system-pool-taint.js";
import { systemPoolVmSize } from "../../../src/rules/azure/nodepool/system-pool-vm-size.js";
import { userPoolMinCount } from "../../../src/rules/azure/nodepool/user-pool-min-count.js";
import { facts, testRule } from "./helpers.js";

/** A cluster with these pools (and optionally more cluster properties). */
const pools = (...agentPoolProfiles: Record<string, unknown>[]) =>
  facts({ properties: { agentPoolProfiles } });
const P0 = "properties.agentPoolProfiles[0]";

testRule(autoscalingEnabled, {
  valid: [pools({ name: "apps", enableAutoScaling: true, minCount: 2, maxCount: 5 })],
  invalid: [
    {
      facts: pools({ name: "apps", count: 3 }),
      message: 'Node pool "apps" has a fixed size',
      path: `${P0}.enableAutoScaling`,
    },
  ],
});

testRule(availabilityZones, {
  valid: [
    pools({ name: "apps", availabilityZones: ["1", "2", "3"] }),
    pools({ name: "apps", availabilityZones: [new Unknown("[parameters('z')]")] }),
  ],
  invalid: [
    {
      facts: pools({ name: "apps" }),
      message: "uses no availability zones",
      path: `${P0}.availabilityZones`,
    },
    {
      facts: pools({ name: "apps", availabilityZones: ["1"] }),
      message: "uses a single zone",
      path: `${P0}.availabilityZones`,
    },
  ],
});

testRule(ephemeralOsDisk, {
  valid: [pools({ name: "apps", osDiskType: "Ephemeral" }), pools({ name: "apps" })],
  invalid: [
    {
      facts: pools({ name: "apps", osDiskType: "Managed" }),
      message: "uses managed OS disks",
      path: `${P0}.osDiskType`,
    },
  ],
});

testRule(maxPodsMinimum, {
  valid: [
    pools({ name: "apps", maxPods: 110 }),
    pools({ name: "apps", maxPods: 50 }),
    pools({ name: "apps" }),
  ],
  invalid: [
    {
      facts: pools({ name: "apps", maxPods: 30 }),
      message: "allows only 30 pods per node",
      path: `${P0}.maxPods`,
    },
  ],
});

testRule(maxPodsClassicCni, {
  valid: [
    facts({
      properties: {
        networkProfile: { networkPlugin: "azure" },
        agentPoolProfiles: [{ name: "apps", maxPods: 110 }],
      },
    }),
    facts({
      properties: {
        networkProfile: { networkPlugin: "azure", networkPluginMode: "overlay" },
        agentPoolProfiles: [{ name: "apps", maxPods: 250 }],
      },
    }),
  ],
  invalid: [
    {
      facts: facts({
        properties: {
          networkProfile: { networkPlugin: "azure" },
          agentPoolProfiles: [{ name: "apps", maxPods: 250 }],
        },
      }),
      message: "reserves 251 VNet addresses per node",
      path: `${P0}.maxPods`,
    },
  ],
});

testRule(maxSurgeSet, {
  valid: [
    pools({ name: "apps", upgradeSettings: { maxSurge: "33%" } }),
    pools({ name: "apps", upgradeSettings: { maxSurge: "1" } }),
    pools({ name: "spot", scaleSetPriority: "Spot" }),
    pools({ name: "apps", upgradeSettings: { maxSurge: "0", maxUnavailable: "1" } }),
  ],
  invalid: [
    {
      facts: pools({ name: "apps" }),
      message: "upgradeSettings.maxSurge not set",
      path: `${P0}.upgradeSettings.maxSurge`,
    },
    {
      facts: pools({ name: "apps", upgradeSettings: { maxSurge: "0" } }),
      message: 'upgradeSettings.maxSurge "0"',
      path: `${P0}.upgradeSettings.maxSurge`,
    },
  ],
});

testRule(spotPoolTaint, {
  valid: [
    pools({
      name: "spot",
      mode: "User",
      scaleSetPriority: "Spot",
      nodeTaints: ["kubernetes.azure.com/scalesetpriority=spot:NoSchedule"],
    }),
    pools({ name: "apps", mode: "User" }),
  ],
  invalid: [
    {
      facts: pools({
        name: "spot",
        mode: "User",
        scaleSetPriority: "Spot",
        nodeTaints: ["team=a:NoSchedule"],
      }),
      message:
        'Spot node pool "spot" does not declare the taint kubernetes.azure.com/scalesetpriority=spot:NoSchedule',
      path: `${P0}.nodeTaints`,
    },
  ],
});

testRule(spotPoolUserMode, {
  valid: [
    pools({ name: "spot", mode: "User", scaleSetPriority: "Spot" }),
    pools({ name: "system", mode: "System" }),
  ],
  invalid: [
    {
      facts: pools({ name: "spot", mode: "System", scaleSetPriority: "Spot" }),
      message: 'has mode "System"',
      path: `${P0}.mode`,
    },
  ],
});

testRule(systemPoolTaint, {
  valid: [
    pools({ name: "system", mode: "System", nodeTaints: ["CriticalAddonsOnly=true:NoSchedule"] }),
    pools({ name: "apps", mode: "User" }),
  ],
  invalid: [
    {
      facts: pools({ name: "system", mode: "System" }),
      message: "is not tainted CriticalAddonsOnly=true:NoSchedule",
      path: `${P0}.nodeTaints`,
    },
  ],
});

testRule(systemPoolMinCount, {
  valid: [
    pools({ name: "system", mode: "System", enableAutoScaling: true, minCount: 3, maxCount: 6 }),
    pools({ name: "system", mode: "System", count: 3 }),
    pools({ name: "apps", mode: "User", count: 1 }),
  ],
  invalid: [
    {
      facts: pools({ name: "system", mode: "System", enableAutoScaling: true, minCount: 1, maxCount: 3 }),
      message: "can run with 1 node(s); keep at least 3",
      path: `${P0}.minCount`,
    },
    {
      facts: pools({ name: "system", mode: "System", count: 2 }),
      message: "can run with 2 node(s)",
      path: `${P0}.count`,
    },
  ],
});

testRule(userPoolMinCount, {
  valid: [
    pools({ name: "apps", mode: "User", enableAutoScaling: true, minCount: 2, maxCount: 6 }),
    pools({
      name: "spot",
      mode: "User",
      scaleSetPriority: "Spot",
      enableAutoScaling: true,
      minCount: 0,
      maxCount: 6,
    }),
  ],
  invalid: [
    {
      facts: pools({ name: "apps", mode: "User", count: 1 }),
      message: 'User node pool "apps" can run with 1 node(s)',
      path: `${P0}.count`,
    },
  ],
});

testRule(systemPoolVmSize, {
  valid: [
    pools({ name: "system", mode: "System", vmSize: "Standard_D4ds_v5" }),
    pools({ name: "apps", mode: "User", vmSize: "Standard_B4ms" }),
  ],
  invalid: [
    {
      facts: pools({ name: "system", mode: "System", vmSize: "Standard_B2s" }),
      message: 'burstable size "Standard_B2s"',
      path: `${P0}.vmSize`,
    },
  ],
});

testRule(osSkuSupported, {
  valid: [
    pools({ name: "apps", osSKU: "AzureLinux" }),
    pools({ name: "apps", osSKU: "Ubuntu" }),
    pools({ name: "apps" }),
  ],
  invalid: [
    {
      facts: pools({ name: "apps", osSKU: "CBLMariner" }),
      message: 'retired OS SKU "CBLMariner"',
      path: `${P0}.osSKU`,
    },
    {
      facts: pools({ name: "win", osType: "Windows", osSKU: "Windows2019" }),
      message: '"Windows2019"',
      path: `${P0}.osSKU`,
    },
  ],
});

testRule(fipsEnabled, {
  valid: [pools({ name: "apps", enableFIPS: true })],
  invalid: [
    {
      facts: pools({ name: "apps" }),
      message: "does not use a FIPS-enabled image",
      path: `${P0}.enableFIPS`,
    },
  ],
});

testRule(hostEncryption, {
  valid: [pools({ name: "apps", enableEncryptionAtHost: true })],
  invalid: [
    {
      facts: pools({ name: "apps", enableEncryptionAtHost: false }),
      message: "does not encrypt at host",
      path: `${P0}.enableEncryptionAtHost`,
    },
  ],
});

testRule(scaleSet, {
  valid: [pools({ name: "apps", type: "VirtualMachineScaleSets" }), pools({ name: "apps" })],
  invalid: [
    {
      facts: pools({ name: "apps", type: "AvailabilitySet" }),
      message: 'type "AvailabilitySet"',
      path: `${P0}.type`,
    },
  ],
});

testRule(nodePublicIpDisabled, {
  valid: [pools({ name: "apps" }), pools({ name: "apps", enableNodePublicIP: false })],
  invalid: [
    {
      facts: pools({ name: "apps", enableNodePublicIP: true }),
      message: "gives every node a public IP",
      path: `${P0}.enableNodePublicIP`,
    },
  ],
});

testRule(orchestratorVersionMatches, {
  valid: [
    facts({
      properties: {
        kubernetesVersion: "1.35.2",
        agentPoolProfiles: [{ name: "apps", orchestratorVersion: "1.35.1" }],
      },
    }),
    facts({ properties: { kubernetesVersion: "1.35.2", agentPoolProfiles: [{ name: "apps" }] } }),
    facts({
      properties: {
        kubernetesVersion: new Unknown("[parameters('v')]"),
        agentPoolProfiles: [{ name: "apps", orchestratorVersion: "1.34.1" }],
      },
    }),
  ],
  invalid: [
    {
      facts: facts({
        properties: {
          kubernetesVersion: "1.35.2",
          agentPoolProfiles: [{ name: "apps", orchestratorVersion: "1.34.4" }],
        },
      }),
      message: 'Node pool "apps" runs Kubernetes "1.34.4"',
      path: `${P0}.orchestratorVersion`,
    },
  ],
});
