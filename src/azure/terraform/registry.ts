/**
 * registry.tf: Azure Container Registry (SKU, geo-replicas, no admin user, no anonymous pull), AcrPull
 * for the kubelet identity, and the private endpoint with privatelink.azurecr.io when the spec asks.
 */
import type { ClusterModel } from "../../model/types.js";
import { attrs, block, dynamic, raw, type BodyItem } from "./hcl.js";
import { countFor, ref, type Gate, type TfModule } from "./module.js";
import { enumValidation, placed, tags } from "./common.js";
import { privateEndpoint } from "./private-endpoint.js";

const enabled = (m: ClusterModel) => m.settings.registry.enabled;
const premium = (m: ClusterModel) => m.settings.registry.sku === "Premium";

export function registryGate(mod: TfModule): Gate {
  return mod.gate("registry_enabled", "Create the Azure Container Registry.", enabled);
}

export function buildRegistry(mod: TfModule, g: Gate): BodyItem[] {
  if (g.presence === "none") return [];
  const tg = tags(mod);
  const pe = mod.gate(
    "registry_private_endpoint_enabled",
    "Reach the registry through a private endpoint (public network access disabled).",
    (m) => enabled(m) && m.settings.registry.privateEndpoint,
  );
  const sku = mod.variable({
    name: "registry_sku",
    type: "string",
    description: "Registry SKU; private endpoints and geo-replication need Premium.",
    validation: [enumValidation("registry_sku", ["Basic", "Standard", "Premium"])],
    value: (m) => m.settings.registry.sku,
  });
  const out: BodyItem[] = [
    block(
      "resource",
      ["azurerm_container_registry", "this"],
      [
        countFor(g),
        attrs({
          ...placed(
            mod,
            mod.variable({
              name: "registry_name",
              type: "string",
              description: "Container registry name (globally unique, letters and digits).",
              validation: [
                {
                  condition: `can(regex("^[A-Za-z0-9]{5,50}$", var.registry_name))`,
                  message: "registry_name must be 5-50 letters and digits.",
                },
              ],
              value: (m) => m.names.registry,
            }),
          ),
          sku,
          admin_enabled: false,
          anonymous_pull_enabled: false,
          public_network_access_enabled: mod.variable({
            name: "registry_public_network_access_enabled",
            type: "bool",
            description: "Allow the registry's public endpoint (false when it has a private endpoint).",
            value: (m) => !m.settings.registry.privateEndpoint,
          }),
          network_rule_bypass_option: "AzureServices",
          zone_redundancy_enabled: mod.variable({
            name: "registry_zone_redundancy_enabled",
            type: "bool",
            description: "Zone-redundant registry (Premium, in a region with availability zones).",
            value: (m) => premium(m) && m.settings.nodePoolDefaults.zones.length > 0,
          }),
          tags: tg,
        }),
        dynamic(
          "georeplications",
          mod.variable({
            name: "registry_geo_replicas",
            type: "list(string)",
            description: "Regions the registry replicates to (Premium).",
            value: (m) => m.settings.registry.geoReplicas,
          }).text,
          [
            attrs({
              location: raw("georeplications.value"),
              regional_endpoint_enabled: true,
              zone_redundancy_enabled: true,
              tags: tg,
            }),
          ],
        ),
      ],
    ),
    block(
      "resource",
      ["azurerm_role_assignment", "kubelet_acr_pull"],
      [
        countFor(g),
        attrs({
          scope: raw(ref(g, "azurerm_container_registry.this", "id")),
          role_definition_name: "AcrPull",
          principal_id: raw("azurerm_user_assigned_identity.kubelet.principal_id"),
          principal_type: "ServicePrincipal",
        }),
      ],
    ),
  ];
  if (pe.presence !== "none")
    out.push(
      ...privateEndpoint(mod, pe, {
        label: "registry",
        zone: "privatelink.azurecr.io",
        subresource: "registry",
        targetId: ref(g, "azurerm_container_registry.this", "id"),
        name: `"pe-\${var.registry_name}"`,
      }),
    );
  return out;
}
