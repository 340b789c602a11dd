import { describe, expect, it } from "vitest";
import { classifyKeyVaultError } from "../../src/diagnose/csi-mount.js";
import { field, run } from "./helpers.js";

describe("Key Vault CSI FailedMount", () => {
  const ctx = { resourceGroup: "rg-contoso-prod", clusterName: "aks-contoso-prod", pools: [] };
  const ds = run(["csi-mount.json"], ctx);

  it("AADSTS70021: federated credential missing for the service account", () => {
    const d = ds.find((x) => x.object.name === "api-gateway-5c4d3e2f1-k8l9m");
    expect(d?.id).toBe("csi-keyvault-federation-missing");
    expect(field(d, "spec.serviceAccountName")).toBe("api-gateway");
    expect(d?.fix[1]).toBe(
      "az identity federated-credential create --name fc-api-gateway --identity-name <identity-name> --resource-group rg-contoso-prod --issuer $OIDC_ISSUER --subject system:serviceaccount:payments:api-gateway --audience api://AzureADTokenExchange",
    );
    expect(d?.confirm[0]).toBe(
      'az aks show --resource-group rg-contoso-prod --name aks-contoso-prod --query "oidcIssuerProfile.issuerUrl" --output tsv',
    );
  });

  it("403: role assignment missing on the vault named in the error", () => {
    const d = ds.find((x) => x.object.name === "ledger-api-7b6c5d4e3-n1o2p");
    expect(d?.id).toBe("csi-keyvault-forbidden");
    expect(d?.fix[0]).toBe(
      'az role assignment create --assignee <identity-client-id> --role "Key Vault Secrets User" --scope $(az keyvault show --name kv-contoso-prod --query id --output tsv)',
    );
    expect(d?.cause).toContain("(secret ledger-db-password)");
  });

  it("classifies the provider's errors", () => {
    expect(
      classifyKeyVaultError(
        'Code="SecretNotFound" Message="A secret with (name/id) x was not found in this key vault."',
      ),
    ).toBe("secret-not-found");
    expect(classifyKeyVaultError('SecretProviderClass.secrets-store.csi.x-k8s.io "azure-kv" not found')).toBe(
      "spc-not-found",
    );
    expect(
      classifyKeyVaultError(
        "driver name secrets-store.csi.k8s.io not found in the list of registered CSI drivers",
      ),
    ).toBe("driver-missing");
  });
});
