import { arrAt, isObj, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { podRule } from "../templates.js";

const ALLOWED = new Set([
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "persistentVolumeClaim",
  "projected",
  "secret",
]);

export const rule = podRule(
  {
    id: "security/volume-types",
    title: "Pods use only restricted volume types",
    severity: "medium",
    pillar: "security",
    level: "production",
    rationale:
      "The restricted Pod Security Standard allows configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes. Other types (hostPath, nfs, iscsi, azureFile inline) bypass the storage classes and access controls the platform manages.",
    remediation: {
      text: "Use a PersistentVolumeClaim (Azure Disk or Azure Files CSI storage class) or one of the allowed volume types.",
      yaml: "volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: data",
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss],
    equivalents: { kyverno: ["restrict-volume-types"] },
  },
  (pod) => {
    const out: Problem[] = [];
    arrAt(pod.spec.volumes).forEach((v, i) => {
      if (!isObj(v)) return;
      for (const key of Object.keys(v).sort()) {
        if (key === "name" || ALLOWED.has(key)) continue;
        out.push({
          message: `volume "${strAt(v.name) ?? i}" uses the ${key} volume type`,
          path: [...pod.specPath, "volumes", i, key],
        });
      }
    });
    return out;
  },
);
