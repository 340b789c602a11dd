import { getPath } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { podRule } from "../templates.js";
import { containersOf } from "../pod.js";

const ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

function allowedType(t: unknown): boolean {
  return t === undefined || t === "RuntimeDefault" || t === "Localhost";
}

export const rule = podRule(
  {
    id: "security/apparmor",
    title: "Pods do not disable AppArmor",
    severity: "high",
    pillar: "security",
    level: "baseline",
    rationale:
      "AppArmor confines what a container process may touch on the node. An Unconfined profile removes that layer; the baseline Pod Security Standard allows only the runtime default or a localhost profile.",
    remediation: {
      text: "Remove the Unconfined AppArmor profile; use RuntimeDefault or a Localhost profile.",
      yaml: "securityContext:\n  appArmorProfile:\n    type: RuntimeDefault",
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.mlPodSecurity],
    equivalents: { kyverno: ["restrict-apparmor-profiles"] },
  },
  (pod) => {
    const out: Problem[] = [];
    const podType = getPath(pod.spec, ["securityContext", "appArmorProfile", "type"]);
    if (!allowedType(podType))
      out.push({
        message: `pod sets AppArmor profile ${JSON.stringify(podType)}`,
        path: [...pod.specPath, "securityContext", "appArmorProfile", "type"],
      });
    for (const c of containersOf(pod)) {
      const t = getPath(c.container, ["securityContext", "appArmorProfile", "type"]);
      if (!allowedType(t))
        out.push({
          message: `container "${c.name}" sets AppArmor profile ${JSON.stringify(t)}`,
          path: [...c.path, "securityContext", "appArmorProfile", "type"],
        });
    }
    for (const k in pod.annotations) {
      if (!k.startsWith(ANNOTATION)) continue;
      const value = pod.annotations[k] ?? "";
      if (value === "runtime/default" || value.startsWith("localhost/")) continue;
      out.push({
        message: `annotation ${k} sets AppArmor profile "${value}"`,
        path: [...pod.metaPath, "annotations", k],
      });
    }
    return out;
  },
);
