/**
 * A live AKS cluster read through the Azure Resource Manager API (`@azure/identity`'s
 * DefaultAzureCredential + `@azure/arm-containerservice`): the managed cluster, its agent pools and its
 * maintenance configurations, in the REST API's own JSON (ARM shape), so they load exactly like an
 * ARM template or `az resource show`. Locations are the resource ids.
 */
import { DefaultAzureCredential } from "@azure/identity";
import { ContainerServiceClient } from "@azure/arm-containerservice";
import type { Locator } from "../facts.js";
import { formatKeyPath } from "../facts.js";
import { addArmResources, type LocatedResource } from "./arm-facts.js";
import { normalizeAz } from "./az-json.js";
import { addProblem, isRecord, type LoadSink } from "./sink.js";

export interface LiveAzureCluster {
  cluster: unknown;
  pools: unknown[];
  maintenanceConfigurations: unknown[];
}

/** Reads one cluster by resource id; the default uses the Azure SDK. Injected in tests. */
export type AzureClusterReader = (id: ParsedClusterId) => Promise<LiveAzureCluster>;

export interface ParsedClusterId {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

export function parseClusterId(id: string): ParsedClusterId | undefined {
  const m =
    /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ContainerService\/managedClusters\/([^/]+)\/?$/i.exec(
      id.trim(),
    );
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { subscriptionId: m[1], resourceGroup: m[2], name: m[3] };
}

export async function loadLiveAzure(
  id: string,
  sink: LoadSink,
  reader: AzureClusterReader = sdkReader,
): Promise<void> {
  const parsed = parseClusterId(id);
  if (!parsed) {
    addProblem(sink, {
      file: id,
      code: "bad-resource-id",
      message: "not a managed cluster resource id",
      hint: "Pass --azure-cluster /subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.ContainerService/managedClusters/<name> (`az aks show -g <rg> -n <name> --query id -o tsv`).",
    });
    return;
  }
  let live: LiveAzureCluster;
  try {
    live = await reader(parsed);
  } catch (err) {
    addProblem(sink, {
      file: id,
      code: "live-azure-failed",
      message: `cannot read the cluster from Azure: ${errorText(err)}`,
      hint: "Sign in with `az login` (or set AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET or workload identity) and make sure the identity has Reader on the cluster.",
    });
    return;
  }
  const located: LocatedResource[] = [];
  const add = (value: unknown, file: string): void => {
    if (!isRecord(value)) return;
    const locate: Locator = (path) => ({ file, line: 1, column: 1, path: formatKeyPath(path) });
    located.push(normalizeAz(value, locate));
  };
  add(live.cluster, id);
  for (const p of live.pools) add(p, isRecord(p) && typeof p.id === "string" ? p.id : id);
  for (const m of live.maintenanceConfigurations) {
    if (!isRecord(m)) continue;
    const name = typeof m.name === "string" ? m.name : "";
    add(
      {
        ...m,
        type: "Microsoft.ContainerService/managedClusters/maintenanceConfigurations",
        name: `${parsed.name}/${name}`,
      },
      typeof m.id === "string" ? m.id : id,
    );
  }
  addArmResources(located, id, "live-azure", sink);
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message.split("\n")[0] ?? err.message;
  return String(err);
}

/** Reads the REST JSON (not the SDK's renamed model) through the SDK's raw-response callback. */
const sdkReader: AzureClusterReader = async (id) => {
  const client = new ContainerServiceClient(new DefaultAzureCredential(), id.subscriptionId);
  let cluster: unknown;
  await client.managedClusters.get(id.resourceGroup, id.name, {
    onResponse: (r) => {
      cluster = r.parsedBody;
    },
  });
  const pools: unknown[] = [];
  const pages = client.agentPools.list(id.resourceGroup, id.name, {
    onResponse: (r) => {
      const body = r.parsedBody as { value?: unknown[] } | undefined;
      if (Array.isArray(body?.value)) pools.push(...body.value);
    },
  });
  for await (const _ of pages) {
    // the raw pages are collected by onResponse
  }
  const maintenanceConfigurations: unknown[] = [];
  const mPages = client.maintenanceConfigurations.listByManagedCluster(id.resourceGroup, id.name, {
    onResponse: (r) => {
      const body = r.parsedBody as { value?: unknown[] } | undefined;
      if (Array.isArray(body?.value)) maintenanceConfigurations.push(...body.value);
    },
  });
  for await (const _ of mPages) {
    // collected by onResponse
  }
  return { cluster, pools, maintenanceConfigurations };
};
