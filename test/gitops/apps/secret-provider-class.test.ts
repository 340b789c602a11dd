import { describe, expect, it } from "vitest";
import { keyVaultObjects, secretProviderClass } from "../../../src/gitops/apps/secret-provider-class.js";
import { serviceAccount } from "../../../src/gitops/apps/service.js";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { clusterFrom, specWith, workload } from "../helpers.js";

const model = clusterFrom(
  specWith([
    "{ name: orders, namespace: shop, image: cr.example.io/orders:1.0.0, port: 80, secrets: [mongodb-uri, api-key], secretEnv: { MONGODB_URI: mongodb-uri } }",
    "{ name: plain, namespace: shop, image: cr.example.io/plain:1.0.0, port: 80 }",
  ]),
);

describe("SecretProviderClass", () => {
  const spc = secretProviderClass(model, workload(model, "orders"))!;

  it("reads Key Vault with the workload's identity; every id is a deploy-time value", () => {
    expect(spc.apiVersion).toBe("secrets-store.csi.x-k8s.io/v1");
    expect(spc.metadata).toMatchObject({ name: "orders-kv", namespace: "shop" });
    expect(spc.spec.provider).toBe("azure");
    expect(spc.spec.parameters).toEqual({
      usePodIdentity: "false",
      useVMManagedIdentity: "false",
      clientID: "${WI_ORDERS_CLIENT_ID}",
      keyvaultName: "${KEY_VAULT_NAME}",
      tenantId: "${AZURE_TENANT_ID}",
      objects:
        "array:\n  - |\n    objectName: api-key\n    objectType: secret\n  - |\n    objectName: mongodb-uri\n    objectType: secret\n",
    });
  });

  it("syncs only the secrets environment variables need into a Kubernetes Secret", () => {
    expect(spc.spec.secretObjects).toEqual([
      {
        secretName: "orders-secrets",
        type: "Opaque",
        labels: expect.objectContaining({ "app.kubernetes.io/name": "orders" }) as unknown,
        data: [{ objectName: "mongodb-uri", key: "mongodb-uri" }],
      },
    ]);
  });

  it("is left out for a workload without secrets", () => {
    expect(secretProviderClass(model, workload(model, "plain"))).toBeUndefined();
  });

  it("objects parameter for one secret", () => {
    expect(keyVaultObjects(["a"])).toBe("array:\n  - |\n    objectName: a\n    objectType: secret\n");
  });
});

describe("ServiceAccount", () => {
  it("carries the Workload Identity client id and never automounts its token", () => {
    const sa = serviceAccount(model, workload(model, "orders"));
    expect(() => new ServiceAccount(sa).validate()).not.toThrow();
    expect(sa.automountServiceAccountToken).toBe(false);
    expect(sa.metadata!.annotations).toEqual({
      "azure.workload.identity/client-id": "${WI_ORDERS_CLIENT_ID}",
      "azure.workload.identity/tenant-id": "${AZURE_TENANT_ID}",
    });
  });

  it("has no annotations without an identity", () => {
    const sa = serviceAccount(model, workload(model, "plain"));
    expect(sa.metadata!.annotations).toBeUndefined();
    expect(sa.automountServiceAccountToken).toBe(false);
  });
});
