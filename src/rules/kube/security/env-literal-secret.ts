import { arrAt, isObj, strAt } from "../pod.js";
import { isPlaceholderValue, isSensitiveName, looksLikeSecretValue, redacted } from "../secrets.js";
import { S } from "../sources.js";
import type { ContainerProblem } from "../templates.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "security/env-literal-secret",
    title: "Containers do not carry secrets in plain env values",
    severity: "high",
    pillar: "security",
    level: "baseline",
    rationale:
      "A password, key or connection string written as an env value sits in plain text in Git, in the API server, in `kubectl describe` output and in every backup. Keep secrets in Key Vault, mounted through the Secrets Store CSI driver with Workload Identity.",
    remediation: {
      text: "Move the value to Azure Key Vault and mount it with a SecretProviderClass (or at least reference a Secret with valueFrom.secretKeyRef); rotate the exposed credential.",
      spec: "spec.workloads[].secrets",
      yaml: "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: app-secrets\n        key: DB_PASSWORD",
    },
    sources: [S.s000CommonErrors, S.s000KeyVaultCsi, S.s003Secrets, S.k8sSecrets, S.mlCsi],
    equivalents: { polaris: ["sensitiveContainerEnvVar"], kubeLinter: ["env-var-secret"] },
  },
  (c) => {
    let out: ContainerProblem[] | undefined;
    const env = arrAt(c.container.env);
    for (let i = 0; i < env.length; i++) {
      const e = env[i];
      if (!isObj(e)) continue;
      const value = strAt(e.value);
      if (value === undefined || isPlaceholderValue(value)) continue;
      const name = strAt(e.name) ?? "";
      if (isSensitiveName(name) || looksLikeSecretValue(value))
        (out ??= []).push({
          message: `sets env "${name}" to a literal value that looks like a secret (${redacted(value)})`,
          at: ["env", i, "value"],
        });
    }
    return out;
  },
);
