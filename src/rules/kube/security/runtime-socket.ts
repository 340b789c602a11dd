import { arrAt, getPath, isObj, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { podRule } from "../templates.js";

const SOCKETS = /(docker|containerd|crio|cri-dockerd)\.sock$|\/run\/containerd\/?$|\/var\/run\/docker\/?$/;

export const rule = podRule(
  {
    id: "security/runtime-socket",
    title: "Pods do not mount the container runtime socket",
    severity: "critical",
    pillar: "security",
    level: "baseline",
    rationale:
      "The containerd (or Docker) socket controls every container on the node: whoever can write to it can start a privileged container with the host filesystem and take over the node and its credentials.",
    remediation: {
      text: "Remove the runtime socket volume; build images with a rootless builder (BuildKit rootless, Kaniko) or in Azure Container Registry Tasks.",
      yaml: "# remove:\n# volumes:\n#   - name: containerd\n#     hostPath: { path: /run/containerd/containerd.sock }",
    },
    sources: [S.s000Summary, S.s003Policy, S.k8sVolumes, S.k8sPss],
    equivalents: { kubeLinter: ["docker-sock"] },
  },
  (pod) => {
    const out: Problem[] = [];
    arrAt(pod.spec.volumes).forEach((v, i) => {
      const path = isObj(v) ? strAt(getPath(v, ["hostPath", "path"])) : undefined;
      if (path && SOCKETS.test(path))
        out.push({
          message: `volume "${strAt((v as Record<string, unknown>).name) ?? i}" mounts the container runtime socket ${path}`,
          path: [...pod.specPath, "volumes", i, "hostPath", "path"],
        });
    });
    return out;
  },
);
