/**
 * A private endpoint in snet-private-endpoints with its privatelink DNS zone linked to the spoke (and to
 * the hub, whose resolvers serve on-premises clients, when the spoke is peered to one).
 */
import { attrs, block, raw, type BodyItem } from "./hcl.js";
import { countFor, ref, type Gate, type TfModule } from "./module.js";
import { RG, location, tags } from "./common.js";

export interface PrivateEndpointSpec {
  /** Terraform label (registry, key_vault). */
  label: string;
  /** privatelink zone, e.g. privatelink.azurecr.io. */
  zone: string;
  /** Sub-resource (registry, vault). */
  subresource: string;
  /** Reference to the target's id, e.g. `azurerm_container_registry.this.id`. */
  targetId: string;
  /** Expression naming the endpoint. */
  name: string;
}

export function privateEndpoint(mod: TfModule, g: Gate, pe: PrivateEndpointSpec): BodyItem[] {
  const tg = tags(mod);
  const zone = `azurerm_private_dns_zone.${pe.label}`;
  return [
    block(
      "resource",
      ["azurerm_private_dns_zone", pe.label],
      [countFor(g), attrs({ name: pe.zone, resource_group_name: raw(`${RG}.name`), tags: tg })],
    ),
    block(
      "resource",
      ["azurerm_private_dns_zone_virtual_network_link", `${pe.label}_spoke`],
      [
        countFor(g),
        attrs({
          name: raw(`"link-\${azurerm_virtual_network.spoke.name}"`),
          resource_group_name: raw(`${RG}.name`),
          private_dns_zone_name: raw(ref(g, zone, "name")),
          virtual_network_id: raw("azurerm_virtual_network.spoke.id"),
          registration_enabled: false,
          tags: tg,
        }),
      ],
    ),
    block(
      "resource",
      ["azurerm_private_endpoint", pe.label],
      [
        countFor(g),
        attrs({
          name: raw(pe.name),
          location: location(mod),
          resource_group_name: raw(`${RG}.name`),
          subnet_id: raw(`azurerm_subnet.spoke["privateEndpoints"].id`),
          tags: tg,
        }),
        block(
          "private_service_connection",
          [],
          [
            attrs({
              name: pe.subresource,
              private_connection_resource_id: raw(pe.targetId),
              subresource_names: [pe.subresource],
              is_manual_connection: false,
            }),
          ],
        ),
        block(
          "private_dns_zone_group",
          [],
          [attrs({ name: "default", private_dns_zone_ids: [raw(ref(g, zone, "id"))] })],
        ),
      ],
    ),
  ];
}
