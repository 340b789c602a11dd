/**
 * `generate --target terraform`: native Terraform for azurerm 4.x.
 *
 * Layout under infra/terraform/: one root module shared by every environment (versions.tf, providers.tf,
 * variables.tf, one file per concern, outputs.tf), `<env>.tfvars` and `backend-<env>.hcl` per environment;
 * the hub every environment shares is its own root module in hub/ with hub.tfvars and backend-hub.hcl,
 * so its state and lifecycle are apart from every environment's (see docs/generate.md, "Terraform").
 */
import { header } from "../../generate/header.js";
import type { GeneratedFile } from "../../generate/types.js";
import type { ClusterModel, PlatformModel } from "../../model/types.js";
import { raw, renderFile, type BodyItem } from "./hcl.js";
import { TfModule } from "./module.js";
import { buildNetwork, networkGates } from "./network.js";
import { buildCluster, clusterGates } from "./cluster.js";
import { buildRegistry, registryGate } from "./registry.js";
import { buildKeyVault, keyVaultGate } from "./keyvault.js";
import { buildMonitoring } from "./monitoring.js";
import { buildIdentity } from "./identity.js";
import { buildPolicy } from "./policy.js";
import { backupGates, buildBackup } from "./backup.js";
import { buildGitOps } from "./gitops.js";
import { buildHub } from "./hub.js";
import { buildEncryption } from "./encryption.js";
import { buildFlowLogs, flowLogStorageName } from "./flow-logs.js";
import { location, RG, tags } from "./common.js";
import { backendHcl, providersTf, tfvars, variablesTf, versionsTf } from "./root.js";
import { environmentOutputs, hubOutputs } from "./outputs.js";

export const TERRAFORM_DIR = "infra/terraform";

export function buildTerraformFiles(platform: PlatformModel): GeneratedFile[] {
  const head = header(platform.specFile, "terraform", "hash");
  const files: GeneratedFile[] = [];
  const add = (path: string, items: BodyItem[]) =>
    files.push({ path: `${TERRAFORM_DIR}/${path}`, content: renderFile(items, head) });

  const mod = new TfModule(platform.clusters);
  const net = networkGates(mod);
  const cg = clusterGates(mod);
  const registry = registryGate(mod);
  const keyVault = keyVaultGate(mod);
  const backup = backupGates(mod);
  // Build every concern before variables.tf: builders declare the variables they read.
  const concerns: [string, BodyItem[]][] = [
    ["network.tf", buildNetwork(mod, net)],
    ["cluster.tf", buildCluster(mod, net, cg)],
    ["registry.tf", buildRegistry(mod, registry)],
    ["keyvault.tf", buildKeyVault(mod, keyVault)],
    ["encryption.tf", buildEncryption(mod, cg.customerManagedKeys, keyVault)],
    ["monitoring.tf", buildMonitoring(mod, cg)],
    [
      "flow-logs.tf",
      buildFlowLogs({
        mod,
        gate: mod.gate(
          "flow_logs_enabled",
          "VNet flow logs for the spoke with traffic analytics.",
          (m) => m.settings.observability.flowLogs,
        ),
        scope: "spoke",
        location: location(mod),
        resourceGroupName: raw(`${RG}.name`),
        vnet: "azurerm_virtual_network.spoke",
        workspace: "azurerm_log_analytics_workspace.this",
        storageName: (m) => flowLogStorageName(`${m.platform.name}${m.environment}`, "flog"),
        vnetName: (m) => m.names.spokeVnet,
        logRetentionDays: (m) => m.settings.observability.logRetentionDays,
        tags: tags(mod),
      }),
    ],
    ["identity.tf", buildIdentity(mod, { registry, keyVault })],
    ["policy.tf", buildPolicy(mod)],
    ["backup.tf", buildBackup(mod, backup)],
    ["gitops.tf", buildGitOps(mod, { keyVault, registry, velero: backup.velero })],
  ];
  add("versions.tf", versionsTf());
  add("providers.tf", providersTf(mod));
  for (const [path, items] of concerns) if (items.length > 0) add(path, items);
  add("outputs.tf", environmentOutputs({ registry, keyVault }));
  add("variables.tf", variablesTf(mod));
  for (const m of platform.clusters) {
    files.push({ path: `${TERRAFORM_DIR}/${m.environment}.tfvars`, content: tfvars(mod, m, head) });
    files.push({
      path: `${TERRAFORM_DIR}/backend-${m.environment}.hcl`,
      content: backendHcl({ platform: platform.name, name: m.environment }, head),
    });
  }

  const hubModels = platform.clusters.filter((m) => m.settings.network.topology === "hub-spoke");
  if (hubModels.length > 0) files.push(...hubFiles(platform, hubModels, head));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function hubFiles(platform: PlatformModel, environments: ClusterModel[], head: string): GeneratedFile[] {
  // One hub per platform: its settings come from the first hub-spoke environment.
  const hub = new TfModule([environments[0]!]);
  const dir = `${TERRAFORM_DIR}/hub`;
  const hubTf = buildHub(hub, environments);
  const providers = providersTf(hub);
  const out: GeneratedFile[] = [
    { path: `${dir}/versions.tf`, content: renderFile(versionsTf(), head) },
    { path: `${dir}/providers.tf`, content: renderFile(providers, head) },
    { path: `${dir}/hub.tf`, content: renderFile(hubTf, head) },
    {
      path: `${dir}/outputs.tf`,
      content: renderFile(hubOutputs(environments[0]!.settings.network.hub.firewall), head),
    },
    { path: `${dir}/variables.tf`, content: renderFile(variablesTf(hub), head) },
    { path: `${dir}/hub.tfvars`, content: tfvars(hub, environments[0]!, head) },
    { path: `${dir}/backend-hub.hcl`, content: backendHcl({ platform: platform.name, name: "hub" }, head) },
  ];
  return out;
}
