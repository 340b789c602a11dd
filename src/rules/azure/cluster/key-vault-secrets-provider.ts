import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const keyVaultSecretsProvider = clusterFieldRule({
  id: "cluster/key-vault-secrets-provider",
  title: "The Key Vault secrets provider add-on is enabled",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "Kubernetes Secrets are base64 in etcd and end up in Git or pipelines; the Secrets Store CSI driver with the Azure Key Vault provider mounts secrets from Key Vault at run time, with Workload ID and Key Vault's access control and audit.",
  remediation: {
    text: "Enable the azureKeyvaultSecretsProvider add-on and mount secrets through SecretProviderClass objects.",
    spec: "spec.keyVault.enabled: true",
    arm: "properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true",
    terraform: "azurerm_kubernetes_cluster.key_vault_secrets_provider { secret_rotation_enabled = true }",
  },
  sources: [SEED.secrets, SEED.secretsStore000, SEED.security002, LEARN.csiSecrets],
  equivalents: { psrule: ["Azure.AKS.SecretStore"] },
  path: ["properties", "addonProfiles", "azureKeyvaultSecretsProvider", "enabled"],
  expect: (v) => asBool(v) === true,
  message: () => "The Key Vault secrets provider add-on is not enabled.",
});
