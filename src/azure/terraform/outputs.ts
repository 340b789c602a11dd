/** outputs.tf of the environment module and of the hub module. */
import { attrs, block, raw, type BodyItem } from "./hcl.js";
import { ref, type Gate } from "./module.js";
import { CLUSTER, RG } from "./common.js";

function output(name: string, description: string, value: string, sensitive = false): BodyItem {
  return block(
    "output",
    [name],
    [attrs({ description, value: raw(value), ...(sensitive ? { sensitive: true } : {}) })],
  );
}

export function environmentOutputs(g: { registry: Gate; keyVault: Gate }): BodyItem[] {
  return [
    output("resource_group_name", "Resource group of the environment.", `${RG}.name`),
    output("cluster_name", "AKS cluster name.", `${CLUSTER}.name`),
    output("cluster_id", "AKS cluster resource id.", `${CLUSTER}.id`),
    output(
      "oidc_issuer_url",
      "OIDC issuer of the cluster (federated credentials).",
      `${CLUSTER}.oidc_issuer_url`,
    ),
    output(
      "kubelet_identity_client_id",
      "Client id of the kubelet identity.",
      "azurerm_user_assigned_identity.kubelet.client_id",
    ),
    output("node_resource_group", "Resource group holding the nodes.", `${CLUSTER}.node_resource_group`),
    output(
      "workload_identity_client_ids",
      "Client id of each workload's managed identity (service account annotation azure.workload.identity/client-id).",
      "{ for k, v in azurerm_user_assigned_identity.workload : k => v.client_id }",
    ),
    output(
      "log_analytics_workspace_id",
      "Log Analytics workspace id.",
      "azurerm_log_analytics_workspace.this.id",
    ),
    ...(g.registry.presence !== "none"
      ? [
          output(
            "registry_login_server",
            "Container registry login server.",
            ref(g.registry, "azurerm_container_registry.this", "login_server"),
          ),
        ]
      : []),
    ...(g.keyVault.presence !== "none"
      ? [output("key_vault_uri", "Key Vault URI.", ref(g.keyVault, "azurerm_key_vault.this", "vault_uri"))]
      : []),
    output(
      "get_credentials",
      "Command that fetches a kubeconfig (Microsoft Entra ID; use kubelogin).",
      `"az aks get-credentials --resource-group \${${RG}.name} --name \${${CLUSTER}.name}"`,
    ),
  ];
}

export function hubOutputs(firewall: boolean): BodyItem[] {
  return [
    output("hub_resource_group_name", "Resource group of the hub.", "azurerm_resource_group.hub.name"),
    output("hub_vnet_id", "Hub VNet id.", "azurerm_virtual_network.hub.id"),
    ...(firewall
      ? [
          output(
            "firewall_private_ip",
            "Private IP of the firewall (next hop of the spokes' default route).",
            "azurerm_firewall.hub.ip_configuration[0].private_ip_address",
          ),
        ]
      : []),
  ];
}
