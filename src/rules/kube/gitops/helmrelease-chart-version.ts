import { getPath, strAt } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

/** A SemVer range rather than one version: wildcards, comparators, carets, tildes, hyphen ranges or alternatives. */
function isRange(v: string): boolean {
  return /[*xX^~<>|]|\s-\s|^\s*$/.test(v) || !/^v?\d+\.\d+\.\d+([-+][\w.-]+)?$/.test(v.trim());
}

export const rule = objectRule(
  {
    id: "gitops/helmrelease-chart-version",
    title: "HelmReleases pin an exact chart version",
    severity: "medium",
    pillar: "operations",
    level: "production",
    kinds: ["HelmRelease"],
    rationale:
      "Without a version (or with a range such as 1.x or >=4.0.0) Flux upgrades the release whenever the chart repository publishes a new chart: an unreviewed change reaches production outside any pull request, and environments drift apart.",
    remediation: {
      text: "Set spec.chart.spec.version to an exact version and bump it through a pull request (Renovate or Dependabot can propose bumps).",
      yaml: 'spec:\n  chart:\n    spec:\n      chart: cert-manager\n      version: "1.16.2"',
    },
    sources: [S.s002Flux, S.s002Checklist, S.fluxHelmRelease],
    equivalents: {},
  },
  (fact) => {
    if (!fact.apiVersion.startsWith("helm.toolkit.fluxcd.io/")) return undefined;
    if (getPath(fact.object, ["spec", "chartRef"]) !== undefined) return undefined;
    const version = getPath(fact.object, ["spec", "chart", "spec", "version"]);
    const chart = strAt(getPath(fact.object, ["spec", "chart", "spec", "chart"])) ?? "?";
    if (version === undefined)
      return {
        message: `HelmRelease chart "${chart}" has no version (Flux takes the latest)`,
        path: ["spec", "chart", "spec", "version"],
      };
    if (typeof version === "string" && isRange(version))
      return {
        message: `HelmRelease chart "${chart}" version "${version}" is a range`,
        path: ["spec", "chart", "spec", "version"],
      };
    return undefined;
  },
);
