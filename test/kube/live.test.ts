import { KubeConfig } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import {
  apiPath,
  knownResource,
  listLiveObjects,
  loadKubeConfig,
  type LiveClient,
} from "../../src/kube/live.js";

const fake = (lists: Record<string, Record<string, unknown>[]>, fail?: Error): LiveClient => ({
  list: (type, namespace) => {
    if (fail) return Promise.reject(fail);
    return Promise.resolve(
      (lists[type.plural] ?? []).filter(
        (o) => !namespace || (o.metadata as { namespace?: string }).namespace === namespace,
      ),
    );
  },
  discover: (name) =>
    Promise.resolve(
      name === "secretproviderclasses"
        ? {
            apiVersion: "secrets-store.csi.x-k8s.io/v1",
            kind: "SecretProviderClass",
            plural: "secretproviderclasses",
            namespaced: true,
          }
        : undefined,
    ),
});

function kubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [
      {
        name: "aks-contoso-prod",
        server: "https://aks-contoso-prod-dns-abc123.hcp.westeurope.azmk8s.io:443",
        skipTLSVerify: false,
      },
    ],
    users: [{ name: "clusterUser_rg-contoso-prod_aks-contoso-prod", token: "redacted" }],
    contexts: [
      {
        name: "aks-contoso-prod",
        cluster: "aks-contoso-prod",
        user: "clusterUser_rg-contoso-prod_aks-contoso-prod",
      },
    ],
    currentContext: "aks-contoso-prod",
  });
  return kc;
}

describe("live objects", () => {
  it("sets apiVersion and kind on every item and records its API path", async () => {
    const list = await listLiveObjects(
      { resources: ["pods", "nodes", "hpa"] },
      fake({
        pods: [{ metadata: { name: "api-1", namespace: "payments" } }],
        nodes: [{ metadata: { name: "aks-system-1" } }],
        horizontalpodautoscalers: [{ metadata: { name: "api", namespace: "payments" } }],
      }),
    );
    expect(list.items.map((i) => `${String(i.apiVersion)} ${String(i.kind)}`)).toEqual([
      "v1 Pod",
      "v1 Node",
      "autoscaling/v2 HorizontalPodAutoscaler",
    ]);
    expect(list.paths).toEqual([
      "/api/v1/namespaces/payments/pods/api-1",
      "/api/v1/nodes/aks-system-1",
      "/apis/autoscaling/v2/namespaces/payments/horizontalpodautoscalers/api",
    ]);
  });

  it("discovers resources it does not know by plural name", async () => {
    const list = await listLiveObjects(
      { resources: ["secretproviderclasses"] },
      fake({ secretproviderclasses: [{ metadata: { name: "azure-kv", namespace: "payments" } }] }),
    );
    expect(list.paths).toEqual([
      "/apis/secrets-store.csi.x-k8s.io/v1/namespaces/payments/secretproviderclasses/azure-kv",
    ]);
  });

  it("an unknown resource is a usage error", async () => {
    await expect(listLiveObjects({ resources: ["widgets"] }, fake({}))).rejects.toThrow(
      'the cluster serves no resource named "widgets"; check `kubectl api-resources`',
    );
  });

  it("connection failures become a usage error that says what to check", async () => {
    const err = listLiveObjects(
      { resources: ["pods"], context: "aks-contoso-prod" },
      fake({}, new Error("connect ETIMEDOUT 10.1.2.3:443")),
    );
    await expect(err).rejects.toBeInstanceOf(UsageError);
    await expect(err).rejects.toThrow(/cannot list pods .*connect ETIMEDOUT 10\.1\.2\.3:443/);
  });

  it("rejects a context the kubeconfig does not have, naming the ones it has", () => {
    expect(() => loadKubeConfig("aks-other", kubeConfig())).toThrow(
      'kubeconfig has no context "aks-other" (contexts: aks-contoso-prod); run `az aks get-credentials` for that cluster',
    );
    expect(loadKubeConfig("aks-contoso-prod", kubeConfig()).getCurrentContext()).toBe("aks-contoso-prod");
  });

  it("knows kubectl short names", () => {
    expect(knownResource("pvc")?.kind).toBe("PersistentVolumeClaim");
    expect(knownResource("PDB")?.apiVersion).toBe("policy/v1");
    expect(apiPath(knownResource("deploy")!, "shop", "web")).toBe(
      "/apis/apps/v1/namespaces/shop/deployments/web",
    );
  });
});
