import { getPath, isObj } from "../pod.js";
import { S } from "../sources.js";
import { objectRule } from "../templates.js";

export const rule = objectRule(
  {
    id: "gitops/gitrepository-ref",
    title: "Flux GitRepositories name the ref to track",
    severity: "medium",
    pillar: "operations",
    level: "production",
    kinds: ["GitRepository"],
    rationale:
      "Without spec.ref Flux falls back to the master branch, which many repositories no longer have or no longer use; each cluster should track its environment's branch, tag or commit explicitly.",
    remediation: {
      text: "Set spec.ref.branch (or tag, semver, commit) to what the cluster must reconcile.",
      spec: "spec.gitops.branch",
      yaml: "spec:\n  ref:\n    branch: main",
    },
    sources: [S.s002Flux, S.fluxGitRepository],
    equivalents: {},
  },
  (fact) => {
    if (!fact.apiVersion.startsWith("source.toolkit.fluxcd.io/")) return undefined;
    const ref = getPath(fact.object, ["spec", "ref"]);
    if (
      isObj(ref) &&
      ["branch", "tag", "semver", "commit", "name"].some((k) => typeof ref[k] === "string" && ref[k] !== "")
    )
      return undefined;
    return {
      message: "GitRepository has no spec.ref (Flux falls back to the master branch)",
      path: ["spec", "ref"],
    };
  },
);
