import { arrAt, getPath, isObj } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { podRule } from "../templates.js";

/** Namespaced sysctls the baseline Pod Security Standard allows (Kubernetes 1.32). */
const SAFE = new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
]);

export const rule = podRule(
  {
    id: "security/sysctls",
    title: "Pods set only safe sysctls",
    severity: "high",
    pillar: "security",
    level: "baseline",
    rationale:
      "Unsafe sysctls are not isolated per pod: they change kernel behaviour for every pod on the node and can destabilize it. The baseline Pod Security Standard allows only the namespaced safe set.",
    remediation: {
      text: "Remove the unsafe sysctl; tune the node through the AKS custom node configuration (linuxOSConfig.sysctls) of a dedicated node pool instead.",
      yaml: 'securityContext:\n  sysctls:\n    - name: net.ipv4.ip_local_port_range\n      value: "1024 65535"',
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.k8sSysctl],
    equivalents: { kubeLinter: ["unsafe-sysctls"], kyverno: ["restrict-sysctls"] },
  },
  (pod) => {
    const out: Problem[] = [];
    arrAt(getPath(pod.spec, ["securityContext", "sysctls"])).forEach((s, i) => {
      const name = isObj(s) && typeof s.name === "string" ? s.name : "";
      if (!SAFE.has(name))
        out.push({
          message: `pod sets unsafe sysctl "${name}"`,
          path: [...pod.specPath, "securityContext", "sysctls", i, "name"],
        });
    });
    return out;
  },
);
