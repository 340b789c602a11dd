import { objAt } from "../pod.js";
import { isPlaceholderValue, isSensitiveName, looksLikeSecretValue, redacted } from "../secrets.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/configmap-secrets",
    title: "ConfigMaps hold no secrets",
    severity: "high",
    pillar: "security",
    level: "baseline",
    kinds: ["ConfigMap"],
    rationale:
      "ConfigMaps are plain text for anyone who can read the namespace, are not encrypted as Secrets can be, and are committed to Git as is. API keys in ConfigMaps are one of the common AKS production errors the seeds name.",
    remediation: {
      text: "Move the value to Azure Key Vault and mount it with a SecretProviderClass; rotate the exposed credential.",
      spec: "spec.workloads[].secrets",
      yaml: "apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nspec:\n  provider: azure\n  parameters:\n    keyvaultName: kv-prod-app",
    },
    sources: [S.s000CommonErrors, S.s000KeyVaultCsi, S.k8sSecrets],
    equivalents: { polaris: ["sensitiveConfigmapContent"] },
  },
  (fact) => {
    const out: Problem[] = [];
    const data = objAt(fact.object.data) ?? {};
    for (const key of Object.keys(data).sort()) {
      const value = data[key];
      if (typeof value !== "string" || isPlaceholderValue(value)) continue;
      if (looksLikeSecretValue(value))
        out.push({
          message: `key "${key}" holds a value shaped like a credential (${redacted(value)})`,
          path: ["data", key],
        });
      else if (isSensitiveName(key) && !value.includes("\n"))
        out.push({ message: `key "${key}" looks like a secret (${redacted(value)})`, path: ["data", key] });
    }
    return out;
  },
);
