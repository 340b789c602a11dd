import { arrAt, getPath, isObj } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { objectRule } from "../templates.js";

/** IANA_SVC_NAME: at most 15 characters, lowercase letters, digits and '-', at least one letter, no leading, trailing or double '-'. */
function validPortName(name: string): boolean {
  return (
    name.length <= 15 &&
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) &&
    /[a-z]/.test(name) &&
    !name.includes("--")
  );
}

function validPort(v: unknown): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1 && v <= 65535;
  if (typeof v === "string") return /^\d+$/.test(v) ? validPort(Number(v)) : validPortName(v);
  return false;
}

export const rule = objectRule(
  {
    id: "workload/invalid-target-port",
    title: "Service targetPorts are valid port numbers or names",
    severity: "medium",
    pillar: "reliability",
    level: "baseline",
    kinds: ["Service"],
    rationale:
      "A targetPort outside 1-65535, or a name that is not a valid IANA service name (15 characters, lowercase alphanumerics and '-'), can never match a container port; the Service has no endpoints.",
    remediation: {
      text: "Use a port number between 1 and 65535 or a container port name of at most 15 lowercase letters, digits and dashes.",
      yaml: "ports:\n  - port: 80\n    targetPort: http",
    },
    sources: [S.s001Workloads, S.k8sService],
    equivalents: { kubeLinter: ["invalid-target-ports"] },
  },
  (fact) => {
    const out: Problem[] = [];
    arrAt(getPath(fact.object, ["spec", "ports"])).forEach((p, i) => {
      if (!isObj(p) || p.targetPort === undefined || validPort(p.targetPort)) return;
      out.push({
        message: `Service targetPort ${JSON.stringify(p.targetPort)} is not a valid port number or name`,
        path: ["spec", "ports", i, "targetPort"],
      });
    });
    return out;
  },
);
