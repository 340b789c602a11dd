import { kubeIndex } from "../index-cache.js";
import { getPath, namespaceOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

export const rule = crossRule(
  {
    id: "gitops/helmrelease-source",
    title: "HelmReleases reference an existing chart source",
    severity: "high",
    pillar: "operations",
    level: "baseline",
    rationale:
      "A HelmRelease whose chart sourceRef (HelmRepository, GitRepository, Bucket) or chartRef names nothing never installs. Judged when the input holds sources of that kind.",
    remediation: {
      text: "Point spec.chart.spec.sourceRef (or spec.chartRef) at the Flux source's kind, name and namespace.",
      yaml: "spec:\n  chart:\n    spec:\n      sourceRef:\n        kind: HelmRepository\n        name: jetstack\n        namespace: flux-system",
    },
    sources: [S.s002Flux, S.fluxHelmRelease],
    equivalents: {},
  },
  (ctx) => {
    const index = kubeIndex(ctx.facts);
    const out: Problem[] = [];
    for (const hr of index.ofKind("HelmRelease")) {
      if (!hr.apiVersion.startsWith("helm.toolkit.fluxcd.io/")) continue;
      const viaChartRef = getPath(hr.object, ["spec", "chartRef"]) !== undefined;
      const base = viaChartRef ? ["spec", "chartRef"] : ["spec", "chart", "spec", "sourceRef"];
      const kind = strAt(getPath(hr.object, [...base, "kind"]));
      const name = strAt(getPath(hr.object, [...base, "name"]));
      if (!kind || !name) {
        out.push({ subject: hr, message: "HelmRelease has no chart source kind and name", path: base });
        continue;
      }
      const ns = strAt(getPath(hr.object, [...base, "namespace"])) ?? namespaceOf(hr);
      if (!index.ofKind(kind).length || index.get(kind, ns, name)) continue;
      out.push({
        subject: hr,
        message: `HelmRelease source ${kind} "${ns}/${name}" is not in the input`,
        path: [...base, "name"],
      });
    }
    return out;
  },
);
