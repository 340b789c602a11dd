import { arrAt, getPath, isObj, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { ContainerProblem } from "../templates.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "security/secret-from-env",
    title: "Secrets are mounted as files, not exposed as env variables",
    severity: "low",
    pillar: "security",
    level: "regulated",
    rationale:
      "Environment variables leak: crash dumps, debug endpoints, child processes and log lines print them, and they do not change when the secret rotates. Files mounted from Key Vault through the CSI driver rotate in place.",
    remediation: {
      text: "Mount the secret as a volume (Secrets Store CSI driver or a secret volume) and read it from the file.",
      spec: "spec.workloads[].secrets",
      yaml: "volumeMounts:\n  - name: secrets-store\n    mountPath: /mnt/secrets-store\n    readOnly: true",
    },
    sources: [S.s003Secrets, S.k8sSecrets],
    equivalents: { kubeLinter: ["read-secret-from-env-var"] },
  },
  (c) => {
    const out: ContainerProblem[] = [];
    arrAt(c.container.env).forEach((e, i) => {
      const ref = isObj(e) ? getPath(e, ["valueFrom", "secretKeyRef", "name"]) : undefined;
      if (ref !== undefined)
        out.push({
          message: `reads env "${strAt((e as Record<string, unknown>).name) ?? i}" from Secret ${JSON.stringify(ref)}`,
          at: ["env", i, "valueFrom", "secretKeyRef"],
        });
    });
    arrAt(c.container.envFrom).forEach((e, i) => {
      const ref = isObj(e) ? getPath(e, ["secretRef", "name"]) : undefined;
      if (ref !== undefined)
        out.push({
          message: `imports every key of Secret ${JSON.stringify(ref)} as env variables`,
          at: ["envFrom", i, "secretRef"],
        });
    });
    return out;
  },
);
