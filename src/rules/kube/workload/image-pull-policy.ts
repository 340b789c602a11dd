import { isPinnedDigest } from "../images.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "workload/image-pull-policy",
    title: "Images are pulled with imagePullPolicy Always unless pinned by digest",
    severity: "low",
    pillar: "security",
    level: "regulated",
    rationale:
      "With IfNotPresent a node reuses whatever image it cached under the tag, so a re-pushed tag runs different code on different nodes and registry authorization is not re-checked. A digest-pinned image cannot change, so caching it is safe. Regulated platforms need either; elsewhere immutable tags (ACR tag locking) are enough.",
    remediation: {
      text: "Set imagePullPolicy: Always, or pin the image by digest.",
      yaml: "imagePullPolicy: Always",
    },
    sources: [S.k8sImages, S.s003Images],
    equivalents: { polaris: ["pullPolicyNotAlways"], kubeScore: ["container-image-pull-policy"] },
  },
  (c) => {
    const policy = c.container.imagePullPolicy;
    if (policy === "Always") return undefined;
    const image = c.imageText;
    const ref = c.image;
    if (!ref || isPinnedDigest(ref.digest)) return undefined;
    // Without a policy Kubernetes defaults to Always only for latest or untagged images.
    if (policy === undefined && (!ref.tag || ref.tag === "latest")) return undefined;
    return {
      message: `pulls "${image}" with imagePullPolicy ${typeof policy === "string" ? policy : "IfNotPresent (default)"}`,
      at: ["imagePullPolicy"],
    };
  },
);
