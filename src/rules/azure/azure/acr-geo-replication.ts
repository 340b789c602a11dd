import { isUnknown } from "../../../audit/facts.js";
import { defineRule } from "../../types.js";
import { eqi, get, resourcesOfType } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

export const acrGeoReplication = defineRule({
  id: "azure/acr-geo-replication",
  title: "Regulated registries are geo-replicated",
  severity: "medium",
  pillar: "reliability",
  level: "regulated",
  rationale:
    "If the registry's region fails, no node anywhere can pull images and every scale-out or reschedule fails. A replica in a second region keeps pulls working and serves nearby clusters from a local copy; the baseline enables it.",
  remediation: {
    text: "Add at least one replication in another region (Premium tier).",
    spec: "spec.registry.geoReplicas: [<region>]",
    arm: "Microsoft.ContainerRegistry/registries/replications child resource with location: <other region>",
    terraform: 'azurerm_container_registry.georeplications { location = "<other region>" }',
  },
  sources: [SEED.multiRegion, SEED.zones, LEARN.acrGeo],
  equivalents: { psrule: ["Azure.ACR.GeoReplica"], checkov: ["CKV_AZURE_165"] },
  target: { kind: "azureResource", types: ["Microsoft.ContainerRegistry/registries"] },
  check(registry, ctx) {
    const replicas = resourcesOfType(ctx.facts, "Microsoft.ContainerRegistry/registries/replications");
    if (replicas.some((r) => isUnknown(r.resource.name) || isUnknown(r.resource.location))) return;
    const home = registry.resource.location;
    if (isUnknown(home)) return;
    const mine = replicas.filter(
      (r) =>
        r.name.split("/")[0]?.toLowerCase() === registry.name.toLowerCase() &&
        !eqi(get(r.resource, ["location"]), String(home ?? "")),
    );
    if (mine.length > 0) return;
    // Terraform's georeplications blocks arrive inline, as properties.replications[].location.
    const inline = get(registry.resource, ["properties", "replications"]);
    if (isUnknown(inline)) return;
    if (Array.isArray(inline)) {
      const locations = inline.map((r) => get(r, ["location"]));
      if (locations.some(isUnknown)) return;
      if (locations.some((l) => typeof l === "string" && !eqi(l, String(home ?? "")))) return;
    }
    ctx.report({
      message: `Registry "${registry.name}" has no replica in another region.`,
      path: ["location"],
    });
  },
});
