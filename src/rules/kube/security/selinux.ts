import type { KeyPath } from "../../../audit/facts.js";
import { containersOf, getPath, objAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { podRule } from "../templates.js";

const ALLOWED_TYPES = new Set(["container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);

const SELINUX: KeyPath = ["securityContext", "seLinuxOptions"];

/** Problems of one seLinuxOptions value; `base` + `["securityContext", "seLinuxOptions"]` is where it sits. */
function check(opts: unknown, base: KeyPath, who: string, out: Problem[]): void {
  const o = objAt(opts);
  if (!o) return;
  if (o.type !== undefined && !(typeof o.type === "string" && ALLOWED_TYPES.has(o.type)))
    out.push({
      message: `${who} sets SELinux type ${JSON.stringify(o.type)}`,
      path: [...base, ...SELINUX, "type"],
    });
  for (const field of ["user", "role"] as const)
    if (o[field] !== undefined && o[field] !== "")
      out.push({
        message: `${who} sets SELinux ${field} ${JSON.stringify(o[field])}`,
        path: [...base, ...SELINUX, field],
      });
}

export const rule = podRule(
  {
    id: "security/selinux",
    title: "Pods do not override SELinux user, role or type",
    severity: "high",
    pillar: "security",
    level: "baseline",
    rationale:
      "Custom SELinux users, roles or types can label a container as a more privileged domain (spc_t, unconfined_t) and lift the confinement SELinux enforces. The baseline Pod Security Standard allows only the container_* types and no user or role.",
    remediation: {
      text: "Remove seLinuxOptions.user and role, and use a container_t family type if a type is needed.",
      yaml: 'securityContext:\n  seLinuxOptions:\n    level: "s0:c123,c456"',
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss],
    equivalents: { kyverno: ["disallow-selinux"] },
  },
  (pod) => {
    const out: Problem[] = [];
    check(getPath(pod.spec, SELINUX), pod.specPath, "pod", out);
    for (const c of containersOf(pod))
      check(getPath(c.container, SELINUX), c.path, `container "${c.name}"`, out);
    return out;
  },
);
