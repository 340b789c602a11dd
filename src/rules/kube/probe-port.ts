/** Template for "the probe's named port is a port the container declares" (kube-linter liveness-port and friends). */
import type { Rule } from "../types.js";
import { arrAt, isObj, objAt, POD_CONTAINERS, strAt } from "./pod.js";
import type { ContainerProblem, KubeRuleMeta } from "./templates.js";
import { containerRule } from "./templates.js";

type ProbeKey = "livenessProbe" | "readinessProbe" | "startupProbe";

const HANDLERS = ["httpGet", "tcpSocket", "grpc"] as const;

export function probePortRule(meta: KubeRuleMeta, probe: ProbeKey): Rule {
  return containerRule({ ...meta, containers: POD_CONTAINERS }, (c) => {
    const p = objAt(c.container[probe]);
    if (!p) return undefined;
    let out: ContainerProblem[] | undefined;
    for (const handler of HANDLERS) {
      const port = objAt(p[handler])?.port;
      const name = strAt(port);
      if (name === undefined || /^\d+$/.test(name)) continue;
      const declared = arrAt(c.container.ports).some((x) => isObj(x) && x.name === name);
      if (!declared)
        (out ??= []).push({
          message: `${probe} uses port "${name}", which the container does not declare in ports[]`,
          at: [probe, handler, "port"],
        });
    }
    return out;
  });
}
