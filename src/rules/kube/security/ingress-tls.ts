import { arrAt, getPath } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "security/ingress-tls",
    title: "Ingresses terminate TLS",
    severity: "high",
    pillar: "security",
    level: "production",
    kinds: ["Ingress"],
    rationale:
      "Without spec.tls the Ingress serves plain HTTP: credentials, tokens and personal data cross the network readable and modifiable. The seeds issue certificates with cert-manager for every host.",
    remediation: {
      text: "Add a spec.tls entry for every host with a certificate secret (issued by cert-manager or synced from Key Vault).",
      spec: "spec.ingress.tls",
      yaml: 'spec:\n  tls:\n    - hosts: ["api.contoso.com"]\n      secretName: api-contoso-tls',
    },
    sources: [S.s001Ingress, S.s004Ingress, S.k8sIngress],
    equivalents: { polaris: ["tlsSettingsMissing"] },
  },
  (fact) =>
    arrAt(getPath(fact.object, ["spec", "tls"])).length
      ? undefined
      : { message: "Ingress has no TLS configuration (spec.tls)", path: ["spec", "tls"] },
);
