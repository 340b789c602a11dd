import { getPath, strAt } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "gitops/source-https",
    title: "Flux sources are fetched over HTTPS or SSH",
    severity: "high",
    pillar: "security",
    level: "baseline",
    kinds: ["GitRepository", "HelmRepository", "OCIRepository", "Bucket"],
    rationale:
      "Flux applies whatever its sources serve with cluster-wide rights. Over plain HTTP anyone on the path can change the manifests or charts, and credentials travel in clear text.",
    remediation: {
      text: "Use an https:// or ssh:// URL (oci:// for OCI registries) and, for Buckets, keep insecure unset.",
      spec: "spec.gitops.repository",
      yaml: "spec:\n  url: https://github.com/contoso/aks-gitops",
    },
    sources: [S.s002Flux, S.fluxGitRepository, S.fluxHelmRepository],
    equivalents: {},
  },
  (fact) => {
    if (!fact.apiVersion.startsWith("source.toolkit.fluxcd.io/")) return undefined;
    if (fact.kind === "Bucket" || fact.kind === "OCIRepository" || fact.kind === "HelmRepository") {
      if (getPath(fact.object, ["spec", "insecure"]) === true)
        return { message: `${fact.kind} sets insecure: true (plain HTTP)`, path: ["spec", "insecure"] };
    }
    const url = strAt(getPath(fact.object, ["spec", "url"]));
    if (url && /^http:\/\//i.test(url))
      return { message: `${fact.kind} URL ${url} uses plain HTTP`, path: ["spec", "url"] };
    return undefined;
  },
);
