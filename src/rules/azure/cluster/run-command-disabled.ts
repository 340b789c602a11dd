import { asBool, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const runCommandDisabled = clusterFieldRule({
  id: "cluster/run-command-disabled",
  title: "Run command is disabled on regulated private clusters",
  severity: "low",
  pillar: "security",
  level: "regulated",
  rationale:
    "`az aks command invoke` runs kubectl inside the cluster through the Azure control plane: anyone with the right Azure role can reach a private cluster without a network path to it. Regulated platforms usually want every access to go through their own controlled network path.",
  remediation: {
    text: "Disable run command and reach the private API server through Bastion, VPN or self-hosted agents.",
    arm: "properties.apiServerAccessProfile.disableRunCommand: true",
    terraform: "azurerm_kubernetes_cluster.run_command_enabled = false",
  },
  sources: [SEED.managementTraffic, LEARN.runCommand],
  equivalents: {},
  applies: (cluster) =>
    asBool(get(cluster.resource, ["properties", "apiServerAccessProfile", "enablePrivateCluster"])) === true,
  path: ["properties", "apiServerAccessProfile", "disableRunCommand"],
  expect: (v) => asBool(v) === true,
  message: () => "Run command is enabled on this private cluster (disableRunCommand is not true).",
});
