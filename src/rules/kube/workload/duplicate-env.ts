import { arrAt, isObj, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { ContainerProblem } from "../templates.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "workload/duplicate-env",
    title: "Environment variable names are unique per container",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "When a container lists the same env name twice the last entry silently wins, and strategic-merge patches (kubectl apply, kustomize) may keep a different one than the file suggests.",
    remediation: {
      text: "Keep one entry per environment variable name in each container's env list.",
      yaml: "env:\n  - name: LOG_LEVEL\n    value: info",
    },
    sources: [S.s001Workloads, S.k8sEnv],
    equivalents: { kubeScore: ["environment-variable-key-duplication"], kubeLinter: ["duplicate-env-var"] },
  },
  (c) => {
    const env = arrAt(c.container.env);
    // Most containers set a handful of variables: a list search is cheaper than a set until there are many.
    const seen = env.length > 32 ? new Set<string>() : undefined;
    const names: string[] = [];
    let out: ContainerProblem[] | undefined;
    for (let i = 0; i < env.length; i++) {
      const e = env[i];
      const name = isObj(e) ? strAt(e.name) : undefined;
      if (name === undefined) continue;
      if (seen ? seen.has(name) : names.includes(name))
        (out ??= []).push({ message: `sets env "${name}" more than once`, at: ["env", i, "name"] });
      if (seen) seen.add(name);
      else names.push(name);
    }
    return out;
  },
);
