/**
 * Azure Container Registry (seed 003 "Container image reference"): SKU, private endpoint with its
 * private DNS zone, geo-replicas, and AcrPull for the kubelet identity.
 */
import { type BuildContext, LOCATION, pascal } from "../context.js";
import { subnetId } from "../expr.js";
import { API, type ArmResourceDef } from "../resources.js";
import { privateDnsZone, privateEndpoint, roleAssignment } from "./common.js";

export function buildRegistry(ctx: BuildContext): ArmResourceDef[] {
  const c = ctx.cluster;
  const r = c.settings.registry;
  if (!r.enabled) return [];
  const pe = r.privateEndpoint && r.sku === "Premium";
  const out: ArmResourceDef[] = [
    {
      symbol: "registry",
      concern: "registry",
      type: "Microsoft.ContainerRegistry/registries",
      apiVersion: API.registry,
      name: c.names.registry,
      location: LOCATION,
      tags: c.tags,
      sku: { name: r.sku },
      properties: {
        adminUserEnabled: false,
        publicNetworkAccess: pe ? "Disabled" : "Enabled",
        ...(r.sku === "Premium"
          ? { zoneRedundancy: c.settings.nodePoolDefaults.zones.length > 0 ? "Enabled" : "Disabled" }
          : {}),
        ...(pe ? { networkRuleBypassOptions: "AzureServices" } : {}),
      },
      description: `Container registry (${r.sku}) the cluster pulls images from; admin user disabled.`,
    },
  ];
  if (r.sku === "Premium")
    for (const region of r.geoReplicas)
      out.push({
        symbol: `registryReplica${pascal(region)}`,
        concern: "registry",
        type: "Microsoft.ContainerRegistry/registries/replications",
        apiVersion: API.registry,
        name: region,
        parent: "registry",
        location: region,
        tags: c.tags,
        properties: { regionEndpointEnabled: true, zoneRedundancy: "Enabled" },
        description: `Geo-replica of the registry in ${region}.`,
      });
  if (pe)
    out.push(
      ...privateDnsZone({
        prefix: "registry",
        concern: "registry",
        zone: "privatelink.azurecr.io",
        tags: c.tags,
        vnet: "spokeVnet",
        what: "registry",
      }),
      ...privateEndpoint({
        prefix: "registry",
        concern: "registry",
        name: `pe-${c.names.registry}`,
        location: LOCATION,
        tags: c.tags,
        target: "registry",
        groupId: "registry",
        subnet: subnetId("spokeVnet", "snet-private-endpoints"),
        dnsZone: "registryDnsZone",
        what: "registry",
      }),
    );
  out.push(
    roleAssignment({
      symbol: "kubeletAcrPull",
      concern: "registry",
      scope: "registry",
      identity: "kubeletIdentity",
      role: "AcrPull",
      description: "AcrPull for the kubelet identity: nodes pull images without credentials.",
    }),
  );
  return out;
}
