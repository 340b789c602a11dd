import { getPath } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/spc-identity",
    title: "SecretProviderClasses authenticate with Workload Identity",
    severity: "medium",
    pillar: "security",
    level: "production",
    kinds: ["SecretProviderClass"],
    rationale:
      "usePodIdentity relies on the retired AAD pod identity add-on; useVMManagedIdentity uses the node's kubelet identity, which every pod on the node shares, so any pod can read the vault. Workload Identity scopes Key Vault access to one service account.",
    remediation: {
      text: "Set parameters.clientID to the workload's managed identity client ID and remove usePodIdentity and useVMManagedIdentity.",
      spec: "spec.workloads[].identity",
      yaml: "spec:\n  provider: azure\n  parameters:\n    clientID: <managed-identity-client-id>\n    keyvaultName: kv-prod-app\n    tenantId: <tenant-id>",
    },
    sources: [S.s000KeyVaultCsi, S.s002Security, S.s003Secrets, S.mlCsi],
    equivalents: {},
  },
  (fact) => {
    if (getPath(fact.object, ["spec", "provider"]) !== "azure") return undefined;
    const out: Problem[] = [];
    if (String(getPath(fact.object, ["spec", "parameters", "usePodIdentity"])) === "true")
      out.push({
        message: 'SecretProviderClass uses the retired AAD pod identity (usePodIdentity: "true")',
        path: ["spec", "parameters", "usePodIdentity"],
      });
    if (String(getPath(fact.object, ["spec", "parameters", "useVMManagedIdentity"])) === "true")
      out.push({
        message:
          'SecretProviderClass uses the node\'s shared kubelet identity (useVMManagedIdentity: "true")',
        path: ["spec", "parameters", "useVMManagedIdentity"],
      });
    return out;
  },
);
