import { S } from "../sources.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "workload/image-tag",
    title: "Images use an explicit, non-latest tag",
    severity: "high",
    pillar: "reliability",
    level: "baseline",
    rationale:
      "An image without a tag means `latest`, and `latest` moves: two replicas of one Deployment can run different code, a node restart silently upgrades the pod, and a rollback has nothing to roll back to.",
    remediation: {
      text: "Reference every image by an immutable version tag (or a digest) produced by your build.",
      spec: "spec.workloads[].image",
      yaml: "image: contosoacr.azurecr.io/api-gateway:1.4.2",
    },
    sources: [S.s003Images, S.k8sImages],
    equivalents: {
      polaris: ["tagNotSpecified"],
      kubeScore: ["container-image-tag"],
      kubeLinter: ["latest-tag"],
      kyverno: ["disallow-latest-tag"],
    },
  },
  (c) => {
    const image = c.imageText;
    if (image === undefined) return { message: "has no image", at: ["image"] };
    const ref = c.image;
    if (!ref || ref.digest) return undefined;
    if (!ref.tag) return { message: `image "${image}" has no tag (it means latest)`, at: ["image"] };
    if (ref.tag === "latest") return { message: `image "${image}" uses the latest tag`, at: ["image"] };
    return undefined;
  },
);
