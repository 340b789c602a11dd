/** Small resource factories shared by the builders. */
import { API, type ArmResourceDef, type Concern } from "../resources.js";
import { type Expr, guidOf, idOf, refOf, resourceGroupId, roleDefinition } from "../expr.js";
import { roleDefinitionGuid } from "../roles.js";

/**
 * A role assignment of a built-in role to a managed identity, on the resource `scope` (or the
 * resource group when `scope` is undefined). The name is a GUID derived from scope, identity and role,
 * so redeploying does not create duplicates.
 */
export function roleAssignment(opts: {
  symbol: string;
  concern: Concern;
  scope: string | undefined;
  identity: string;
  role: string;
  description: string;
  principalId?: Expr;
}): ArmResourceDef {
  const guid = roleDefinitionGuid(opts.role);
  if (!guid) throw new Error(`unknown built-in role "${opts.role}"`);
  return {
    symbol: opts.symbol,
    concern: opts.concern,
    type: "Microsoft.Authorization/roleAssignments",
    apiVersion: API.roleAssignments,
    name: guidOf(opts.scope ? idOf(opts.scope) : resourceGroupId(), idOf(opts.identity), guid),
    ...(opts.scope ? { scope: opts.scope } : {}),
    properties: {
      roleDefinitionId: roleDefinition(guid),
      principalId: opts.principalId ?? refOf(opts.identity, "principalId"),
      principalType: "ServicePrincipal",
    },
    description: opts.description,
  };
}

/** A user-assigned managed identity. */
export function userIdentity(
  symbol: string,
  concern: Concern,
  name: string,
  location: Expr,
  tags: Record<string, string>,
  description: string,
): ArmResourceDef {
  return {
    symbol,
    concern,
    type: "Microsoft.ManagedIdentity/userAssignedIdentities",
    apiVersion: API.managedIdentity,
    name,
    location,
    tags,
    properties: {},
    description,
  };
}

/** A Standard, zone-redundant static public IP. */
export function publicIp(
  symbol: string,
  concern: Concern,
  name: string,
  location: Expr,
  tags: Record<string, string>,
  zones: string[],
  description: string,
): ArmResourceDef {
  return {
    symbol,
    concern,
    type: "Microsoft.Network/publicIPAddresses",
    apiVersion: API.network,
    name,
    location,
    tags,
    sku: { name: "Standard", tier: "Regional" },
    ...(zones.length > 0 ? { zones } : {}),
    properties: { publicIPAllocationMethod: "Static", publicIPAddressVersion: "IPv4" },
    description,
  };
}

/**
 * A private endpoint for `target` in the spoke's private endpoint subnet, with its DNS zone group
 * registering the endpoint in `dnsZone`.
 */
export function privateEndpoint(opts: {
  prefix: string;
  concern: Concern;
  name: string;
  location: Expr;
  tags: Record<string, string>;
  target: string;
  groupId: string;
  subnet: Expr;
  dnsZone: string;
  what: string;
}): ArmResourceDef[] {
  const pe = `${opts.prefix}PrivateEndpoint`;
  return [
    {
      symbol: pe,
      concern: opts.concern,
      type: "Microsoft.Network/privateEndpoints",
      apiVersion: API.network,
      name: opts.name,
      location: opts.location,
      tags: opts.tags,
      properties: {
        subnet: { id: opts.subnet },
        privateLinkServiceConnections: [
          {
            name: opts.name,
            properties: { privateLinkServiceId: idOf(opts.target), groupIds: [opts.groupId] },
          },
        ],
      },
      description: `Private endpoint of the ${opts.what} in the spoke (public network access is disabled).`,
    },
    {
      symbol: `${opts.prefix}PrivateDnsZoneGroup`,
      concern: opts.concern,
      type: "Microsoft.Network/privateEndpoints/privateDnsZoneGroups",
      apiVersion: API.network,
      name: "default",
      parent: pe,
      properties: {
        privateDnsZoneConfigs: [{ name: "default", properties: { privateDnsZoneId: idOf(opts.dnsZone) } }],
      },
      description: `Registers the ${opts.what}'s private endpoint address in its private DNS zone.`,
    },
  ];
}

/** A private DNS zone linked to the spoke VNet (and the hub, when there is one). */
export function privateDnsZone(opts: {
  prefix: string;
  concern: Concern;
  zone: string | Expr;
  tags: Record<string, string>;
  vnet: string;
  what: string;
}): ArmResourceDef[] {
  const zone = `${opts.prefix}DnsZone`;
  return [
    {
      symbol: zone,
      concern: opts.concern,
      type: "Microsoft.Network/privateDnsZones",
      apiVersion: API.privateDns,
      name: opts.zone,
      location: "global",
      tags: opts.tags,
      properties: {},
      description: `Private DNS zone resolving the ${opts.what}'s private endpoint inside the VNets.`,
    },
    {
      symbol: `${opts.prefix}DnsZoneLink`,
      concern: opts.concern,
      type: "Microsoft.Network/privateDnsZones/virtualNetworkLinks",
      apiVersion: API.privateDns,
      name: "spoke",
      parent: zone,
      location: "global",
      tags: opts.tags,
      properties: { virtualNetwork: { id: idOf(opts.vnet) }, registrationEnabled: false },
      description: `Links the ${opts.what}'s private DNS zone to the spoke VNet.`,
    },
  ];
}
