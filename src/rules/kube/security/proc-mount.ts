import { S } from "../sources.js";
import { containerFieldRule } from "../templates.js";

export const rule = containerFieldRule({
  id: "security/proc-mount",
  title: "Containers keep the default /proc mount",
  severity: "high",
  pillar: "security",
  level: "baseline",
  field: ["securityContext", "procMount"],
  ok: (v) => v === undefined || v === "Default",
  message: (v) => `sets procMount ${JSON.stringify(v)} (unmasked /proc)`,
  rationale:
    "procMount: Unmasked removes the runtime's masking of sensitive /proc paths, exposing kernel and host information and writable kernel knobs to the container. The baseline Pod Security Standard requires the default.",
  remediation: {
    text: "Remove securityContext.procMount or set it to Default.",
    yaml: "securityContext:\n  procMount: Default",
  },
  sources: [S.s000Summary, S.s003Policy, S.k8sPss],
  equivalents: {
    polaris: ["procMount"],
    kubeLinter: ["unsafe-proc-mount"],
    kyverno: ["disallow-proc-mount"],
  },
});
