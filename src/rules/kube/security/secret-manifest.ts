import { objAt } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/secret-manifest",
    title: "Secret values are not kept in manifests",
    severity: "medium",
    pillar: "security",
    level: "production",
    kinds: ["Secret"],
    rationale:
      "A Secret manifest with data or stringData puts the credential (base64 is not encryption) in Git history, pull requests and CI logs. Keep values in Key Vault and let the CSI driver sync them, or encrypt the manifest with SOPS for Flux. Only manifest files are judged, not live objects.",
    remediation: {
      text: "Remove the Secret from the repository, store the value in Azure Key Vault and sync it with a SecretProviderClass (secretObjects) or encrypt the file with SOPS; rotate the exposed value.",
      spec: "spec.workloads[].secrets",
      yaml: "spec:\n  secretObjects:\n    - secretName: app-secrets\n      type: Opaque\n      data:\n        - objectName: db-password\n          key: DB_PASSWORD",
    },
    sources: [S.s001Secrets, S.s000KeyVaultCsi, S.k8sSecrets],
    equivalents: {},
  },
  (fact) => {
    if (fact.source.kind !== "kubernetes" || fact.object.sops !== undefined) return undefined;
    for (const field of ["data", "stringData"] as const) {
      const map = objAt(fact.object[field]);
      const keys = map ? Object.keys(map).sort() : [];
      if (keys.length)
        return {
          message: `Secret manifest carries ${keys.length} value${keys.length === 1 ? "" : "s"} in ${field} (${keys.join(", ")}); values not shown`,
          path: [field],
        };
    }
    return undefined;
  },
);
