/**
 * Turns ARM-shaped resources (from templates, `az` JSON, Terraform or the live API) into facts: each
 * managed cluster with its inline and child agent pools, and every other resource as an
 * AzureResourceFact. Shared by every Azure loader so they all produce the same facts for the same
 * resource.
 */
import type {
  AgentPoolFact,
  ArmResource,
  AzureResourceFact,
  InputKind,
  KeyPath,
  Locator,
  ManagedClusterFact,
} from "../facts.js";
import { formatKeyPath, isUnknown } from "../facts.js";
import { addProblem, isRecord, type LoadSink } from "./sink.js";

export const MANAGED_CLUSTER_TYPE = "Microsoft.ContainerService/managedClusters";
export const AGENT_POOL_TYPE = "Microsoft.ContainerService/managedClusters/agentPools";
export const MAINTENANCE_TYPE = "Microsoft.ContainerService/managedClusters/maintenanceConfigurations";

/** One resource as found in the input, with a locator for paths relative to `resource`. */
export interface LocatedResource {
  resource: ArmResource;
  /** Paths relative to the resource (`["properties", "x"]`). */
  locate: Locator;
}

export function sameType(a: unknown, b: string): boolean {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}

export function nameText(name: unknown): string {
  if (typeof name === "string") return name;
  if (isUnknown(name)) return name.expression;
  return "";
}

/** `aks-prod/system` → `system`; the last segment of a child resource name. */
export function lastSegment(name: string): string {
  const i = name.lastIndexOf("/");
  return i < 0 ? name : name.slice(i + 1);
}

function firstSegment(name: string): string {
  const i = name.indexOf("/");
  return i < 0 ? name : name.slice(0, i);
}

export function clusterId(name: string): string {
  return `managedClusters/${name}`;
}

export function poolId(cluster: string, pool: string): string {
  return `managedClusters/${cluster}/agentPools/${pool}`;
}

export function resourceId(type: string, name: string): string {
  return `${type}/${name}`;
}

/** A locator for paths relative to `prefix` inside the resource; the reported path stays relative. */
export function shifted(locate: Locator, prefix: KeyPath): Locator {
  return (path) => ({ ...locate([...prefix, ...path]), path: formatKeyPath(path) });
}

/**
 * Adds located resources as facts. Clusters first, so child agent pools (`managedClusters/agentPools`)
 * attach to their cluster by name; a pool whose cluster is not among the inputs is reported.
 */
export function addArmResources(
  resources: LocatedResource[],
  file: string,
  kind: InputKind,
  sink: LoadSink,
): void {
  const clusters: ManagedClusterFact[] = [];
  for (const r of resources) {
    if (!sameType(r.resource.type, MANAGED_CLUSTER_TYPE)) continue;
    const name = nameText(r.resource.name);
    const cluster: ManagedClusterFact = {
      id: clusterId(name),
      source: { file, kind },
      locate: r.locate,
      name,
      resource: { ...r.resource, type: MANAGED_CLUSTER_TYPE },
      agentPools: [],
    };
    const profiles = r.resource.properties?.agentPoolProfiles;
    if (Array.isArray(profiles)) {
      profiles.forEach((p, i) => {
        if (!isRecord(p)) return;
        const pname = nameText(p.name);
        cluster.agentPools.push({
          id: poolId(name, pname),
          source: { file, kind },
          locate: shifted(r.locate, ["properties", "agentPoolProfiles", i]),
          name: pname,
          clusterId: cluster.id,
          properties: p,
        });
      });
    }
    clusters.push(cluster);
    sink.facts.clusters.push(cluster);
  }
  for (const r of resources) {
    if (sameType(r.resource.type, MANAGED_CLUSTER_TYPE)) continue;
    if (sameType(r.resource.type, AGENT_POOL_TYPE)) {
      const full = nameText(r.resource.name);
      const parentName = typeof r.resource.__parent === "string" ? r.resource.__parent : firstSegment(full);
      const pname = lastSegment(full);
      const attach = (allowSingle: boolean): boolean => {
        const parent =
          clusters.find((c) => c.name === parentName) ??
          sink.facts.clusters.find((c) => c.name === parentName) ??
          (allowSingle && clusters.length === 1 ? clusters[0] : undefined);
        if (!parent) return false;
        const pool: AgentPoolFact = {
          id: poolId(parent.name, pname),
          source: { file, kind },
          locate: shifted(r.locate, ["properties"]),
          name: pname,
          clusterId: parent.id,
          properties: { name: pname, ...(isRecord(r.resource.properties) ? r.resource.properties : {}) },
        };
        const existing = parent.agentPools.findIndex((p) => p.name === pname);
        if (existing >= 0) parent.agentPools[existing] = pool;
        else parent.agentPools.push(pool);
        return true;
      };
      const report = (into: LoadSink): void => {
        const loc = r.locate([]);
        addProblem(into, {
          file,
          line: loc.line,
          column: loc.column,
          code: "orphan-agent-pool",
          message: `agent pool '${pname}' belongs to cluster '${parentName}', which is not among the inputs; its pool rules were not run`,
          hint: "Audit the cluster together with its pools (e.g. pass the `az aks show` output next to `az aks nodepool list`).",
          severity: "warning",
        });
      };
      if (attach(true)) continue;
      if (sink.orphans) sink.orphans.push({ attach: () => attach(false), report });
      else report(sink);
      continue;
    }
    const type = typeof r.resource.type === "string" ? r.resource.type : "";
    const name = nameText(r.resource.name);
    const { __parent: _p, ...resource } = r.resource;
    const fact: AzureResourceFact = {
      id: resourceId(type, name),
      source: { file, kind },
      locate: r.locate,
      type,
      ...(typeof r.resource.apiVersion === "string" ? { apiVersion: r.resource.apiVersion } : {}),
      name,
      resource,
    };
    sink.facts.azureResources.push(fact);
  }
}
