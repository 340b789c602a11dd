import { describe, expect, it } from "vitest";
import { loadLiveKube, LIVE_RESOURCES } from "../../../src/audit/loaders/live-kube.js";
import { loadLiveAzure, parseClusterId } from "../../../src/audit/loaders/live-azure.js";
import { UsageError } from "../../../src/errors.js";
import { newSink } from "../helpers.js";
import type { LiveOptions } from "../../../src/kube/live.js";

const CLUSTER_ID =
  "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-live";

describe("live Kubernetes loader", () => {
  it("loads listed objects located by API path, skipping controller-owned pods", async () => {
    const calls: LiveOptions[] = [];
    const sink = newSink();
    await loadLiveKube({ context: "prod" }, sink, (o) => {
      calls.push(o);
      if (o.resources.length > 1)
        return Promise.resolve({
          items: [
            {
              apiVersion: "apps/v1",
              kind: "Deployment",
              metadata: { name: "api", namespace: "payments" },
              spec: {},
            },
            {
              apiVersion: "v1",
              kind: "Pod",
              metadata: {
                name: "api-1",
                namespace: "payments",
                ownerReferences: [{ kind: "ReplicaSet", controller: true }],
              },
            },
            { apiVersion: "v1", kind: "Pod", metadata: { name: "debug", namespace: "payments" } },
          ],
          paths: [
            "/apis/apps/v1/namespaces/payments/deployments/api",
            "/api/v1/namespaces/payments/pods/api-1",
            "/api/v1/namespaces/payments/pods/debug",
          ],
        });
      return Promise.reject(new UsageError(`the cluster serves no resource named "${o.resources[0]}"`));
    });
    expect(calls[0]).toEqual({ context: "prod", resources: [...LIVE_RESOURCES] });
    expect(sink.problems).toEqual([]);
    expect(sink.facts.kubeObjects.map((o) => o.id)).toEqual([
      "Deployment/payments/api",
      "Pod/payments/debug",
    ]);
    const d = sink.facts.kubeObjects[0]!;
    expect(d.source).toEqual({
      file: "/apis/apps/v1/namespaces/payments/deployments/api",
      kind: "live-kubernetes",
    });
    expect(d.locate(["spec", "replicas"])).toEqual({
      file: "/apis/apps/v1/namespaces/payments/deployments/api",
      line: 1,
      column: 1,
      path: "spec.replicas",
    });
  });

  it("turns a connection failure into an input problem", async () => {
    const sink = newSink();
    await loadLiveKube({}, sink, () =>
      Promise.reject(new UsageError("cannot list pods from https://aks: 401 Unauthorized")),
    );
    expect(sink.problems).toMatchObject([
      { code: "live-kube-failed", message: "cannot list pods from https://aks: 401 Unauthorized" },
    ]);
  });
});

describe("live Azure loader", () => {
  it("parses managed cluster resource ids", () => {
    expect(parseClusterId(CLUSTER_ID)).toEqual({
      subscriptionId: "00000000-0000-0000-0000-000000000001",
      resourceGroup: "rg-aks",
      name: "aks-live",
    });
    expect(parseClusterId("/subscriptions/x/resourceGroups/y")).toBeUndefined();
  });

  it("loads the REST JSON of the cluster, its pools and maintenance configurations", async () => {
    const sink = newSink();
    await loadLiveAzure(CLUSTER_ID, sink, (id) => {
      expect(id.name).toBe("aks-live");
      return Promise.resolve({
        cluster: {
          id: CLUSTER_ID,
          name: "aks-live",
          type: "Microsoft.ContainerService/ManagedClusters",
          location: "westeurope",
          sku: { name: "Base", tier: "Standard" },
          properties: { disableLocalAccounts: true, agentPoolProfiles: [{ name: "system", mode: "System" }] },
        },
        pools: [
          {
            id: `${CLUSTER_ID}/agentPools/system`,
            name: "system",
            type: "Microsoft.ContainerService/managedClusters/agentPools",
            properties: { mode: "System", availabilityZones: ["1", "2", "3"] },
          },
        ],
        maintenanceConfigurations: [
          {
            id: `${CLUSTER_ID}/maintenanceConfigurations/aksManagedAutoUpgradeSchedule`,
            name: "aksManagedAutoUpgradeSchedule",
            properties: { maintenanceWindow: { durationHours: 4 } },
          },
        ],
      });
    });
    expect(sink.problems).toEqual([]);
    const c = sink.facts.clusters[0]!;
    expect(c.source).toEqual({ file: CLUSTER_ID, kind: "live-azure" });
    expect(c.resource.properties?.disableLocalAccounts).toBe(true);
    expect(c.agentPools.map((p) => p.properties.availabilityZones)).toEqual([["1", "2", "3"]]);
    expect(c.locate(["properties", "disableLocalAccounts"])).toMatchObject({
      file: CLUSTER_ID,
      path: "properties.disableLocalAccounts",
    });
    expect(sink.facts.azureResources.map((r) => r.id)).toEqual([
      "Microsoft.ContainerService/managedClusters/maintenanceConfigurations/aks-live/aksManagedAutoUpgradeSchedule",
    ]);
  });

  it("reports a bad id and an authentication failure as input problems", async () => {
    const sink = newSink();
    await loadLiveAzure("aks-live", sink, () =>
      Promise.resolve({ cluster: {}, pools: [], maintenanceConfigurations: [] }),
    );
    await loadLiveAzure(CLUSTER_ID, sink, () =>
      Promise.reject(new Error("DefaultAzureCredential failed to retrieve a token")),
    );
    expect(sink.problems.map((p) => p.code)).toEqual(["bad-resource-id", "live-azure-failed"]);
  });
});
