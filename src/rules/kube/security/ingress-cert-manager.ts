import { kubeIndex } from "../index-cache.js";
import { annotationsOf, arrAt, getPath, isObj, namespaceOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

const ISSUER_ANNOTATIONS = ["cert-manager.io/cluster-issuer", "cert-manager.io/issuer"];

export const rule = crossRule(
  {
    id: "security/ingress-cert-manager",
    title: "Ingress TLS certificates are issued and renewed automatically",
    severity: "medium",
    pillar: "operations",
    level: "production",
    rationale:
      "A TLS secret that nobody renews expires and takes the site down. An Ingress either carries a cert-manager issuer annotation, or its secret comes from a cert-manager Certificate or a Key Vault SecretProviderClass in the input.",
    remediation: {
      text: "Annotate the Ingress with cert-manager.io/cluster-issuer (or issuer), or manage the secret with a Certificate or a SecretProviderClass secretObjects entry.",
      spec: "spec.ingress.tls.issuer",
      yaml: "metadata:\n  annotations:\n    cert-manager.io/cluster-issuer: letsencrypt-prod",
    },
    sources: [S.s001Ingress, S.s004Ingress, S.certManagerIngress],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const ing of index.ofKind("Ingress")) {
      const tls = arrAt(getPath(ing.object, ["spec", "tls"]));
      if (!tls.length) continue;
      const annotations = annotationsOf(ing.object);
      if (ISSUER_ANNOTATIONS.some((a) => annotations[a])) continue;
      const ns = namespaceOf(ing);
      const managed = new Set<string>();
      for (const cert of index.inNamespace("Certificate", ns)) {
        const name = strAt(getPath(cert.object, ["spec", "secretName"]));
        if (name) managed.add(name);
      }
      for (const spc of index.inNamespace("SecretProviderClass", ns))
        for (const so of arrAt(getPath(spc.object, ["spec", "secretObjects"])))
          if (isObj(so) && typeof so.secretName === "string") managed.add(so.secretName);
      tls.forEach((t, i) => {
        const secret = isObj(t) ? strAt(t.secretName) : undefined;
        if (secret && managed.has(secret)) return;
        out.push({
          subject: ing,
          message: `Ingress TLS secret ${secret ? `"${secret}"` : "(none)"} has no cert-manager issuer annotation, Certificate or SecretProviderClass managing it`,
          path: ["spec", "tls", i, "secretName"],
        });
      });
    }
    return out;
  },
);
