import { asBool, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const secretRotationEnabled = clusterFieldRule({
  id: "cluster/secret-rotation-enabled",
  title: "The Key Vault secrets provider rotates secrets",
  severity: "medium",
  pillar: "security",
  level: "production",
  rationale:
    "Without rotation the CSI driver reads a secret only when the pod starts: a secret rotated in Key Vault (after a leak, or on schedule) stays stale in running pods until they restart.",
  remediation: {
    text: 'Enable secret rotation on the add-on (enableSecretRotation "true", rotationPollInterval such as "2m").',
    spec: "spec.keyVault.secretRotation: true",
    arm: 'properties.addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation: "true"',
    terraform: "azurerm_kubernetes_cluster.key_vault_secrets_provider { secret_rotation_enabled = true }",
  },
  sources: [SEED.secrets, LEARN.csiRotation],
  equivalents: { psrule: ["Azure.AKS.SecretStoreRotation"], checkov: ["CKV_AZURE_172"] },
  applies: (cluster) => {
    const on = asBool(
      get(cluster.resource, ["properties", "addonProfiles", "azureKeyvaultSecretsProvider", "enabled"]),
    );
    return on === "unknown" ? "unknown" : on === true;
  },
  path: ["properties", "addonProfiles", "azureKeyvaultSecretsProvider", "config", "enableSecretRotation"],
  expect: (v) => asBool(v) === true,
  message: () =>
    'The Key Vault secrets provider is enabled without secret rotation (config.enableSecretRotation is not "true").',
});
