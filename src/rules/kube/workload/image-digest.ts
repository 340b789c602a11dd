import { isPinnedDigest } from "../images.js";
import { S } from "../sources.js";
import { containerRule } from "../templates.js";

export const rule = containerRule(
  {
    id: "workload/image-digest",
    title: "Images are pinned by digest",
    severity: "medium",
    pillar: "security",
    level: "regulated",
    rationale:
      "Tags are mutable: whoever can push to the registry can change what `1.4.2` means. Pinning by sha256 digest makes the deployed bytes the ones that were scanned, signed and approved, which regulated change control requires.",
    remediation: {
      text: "Reference images as repository:tag@sha256:<digest>; let the pipeline or Flux image automation write the digest.",
      spec: "spec.workloads[].image",
      yaml: "image: contosoacr.azurecr.io/api-gateway:1.4.2@sha256:<64 hex digits>",
    },
    sources: [S.s002Security, S.s003Images, S.k8sImages],
    equivalents: {},
  },
  (c) => {
    const ref = c.image;
    if (!ref || isPinnedDigest(ref.digest)) return undefined;
    const image = c.imageText as string;
    return { message: `image "${image}" is not pinned by a sha256 digest`, at: ["image"] };
  },
);
