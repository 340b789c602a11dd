import { arrAt, getPath, isObj, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { podRule } from "../templates.js";

export const rule = podRule(
  {
    id: "security/host-path",
    title: "Pods do not mount hostPath volumes",
    severity: "high",
    pillar: "security",
    level: "baseline",
    rationale:
      "A hostPath volume gives the pod the node's own files: /etc, /var/lib/kubelet, credentials, other pods' data. A writable mount of a sensitive directory is a node takeover. The baseline Pod Security Standard forbids hostPath volumes.",
    remediation: {
      text: "Replace hostPath with emptyDir, a ConfigMap/Secret/projected volume or a PersistentVolumeClaim; run node agents that truly need host files in a dedicated, exempted namespace.",
      yaml: "volumes:\n  - name: cache\n    emptyDir: {}",
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sPss, S.k8sVolumes],
    equivalents: {
      kubeLinter: ["sensitive-host-mounts", "writable-host-mount"],
      kyverno: ["disallow-host-path"],
    },
  },
  (pod) => {
    const out: Problem[] = [];
    arrAt(pod.spec.volumes).forEach((v, i) => {
      if (!isObj(v) || v.hostPath === undefined) return;
      const path = strAt(getPath(v, ["hostPath", "path"])) ?? "?";
      out.push({
        message: `volume "${strAt(v.name) ?? i}" mounts host path ${path}`,
        path: [...pod.specPath, "volumes", i, "hostPath"],
      });
    });
    return out;
  },
);
