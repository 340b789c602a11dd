/**
 * ImagePullBackOff / ErrImagePull / InvalidImageName. The kubelet's "Failed to pull image" event says why:
 * unauthorized (registry not attached, AcrPull missing for the kubelet identity), manifest unknown (wrong tag),
 * timeouts (egress blocked by the firewall), rate limits.
 */
import { SEED, containerEntries, describePod, eventEvidence, podRef } from "./common.js";
import { parseImage, type ImageRef } from "./image.js";
import type { Pod } from "./kube.js";
import { nameOf } from "./kube.js";
import { eventMessage, type Snapshot } from "./snapshot.js";
import type { ClusterContext, Diagnosis, Evidence } from "./types.js";

const PULL_REASONS = new Set(["ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull"]);

export type PullFailure =
  "unauthorized" | "not-found" | "timeout" | "rate-limited" | "invalid-name" | "unknown";

/** Classifies the kubelet's pull error message. */
export function classifyPullError(message: string): PullFailure {
  const m = message.toLowerCase();
  if (
    /unauthorized|authentication required|401|403 forbidden|denied: requested access|insufficient_scope|access denied/.test(
      m,
    )
  )
    return "unauthorized";
  if (
    /manifest unknown|manifest for .* not found|not found: manifest|: not found|name unknown|repository does not exist/.test(
      m,
    )
  )
    return "not-found";
  if (/toomanyrequests|rate limit/.test(m)) return "rate-limited";
  if (
    /i\/o timeout|context deadline exceeded|tls handshake timeout|connection timed out|no such host|connection refused|network is unreachable|dial tcp/.test(
      m,
    )
  )
    return "timeout";
  if (/invalid reference format|invalidimagename|couldn't parse image/.test(m)) return "invalid-name";
  return "unknown";
}

export function diagnoseImagePull(snap: Snapshot, ctx: ClusterContext): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const pod of snap.pods) {
    for (const c of containerEntries(pod)) {
      const waiting = c.status.state?.waiting;
      if (!waiting?.reason || !PULL_REASONS.has(waiting.reason)) continue;
      const image = c.spec?.image ?? c.status.image ?? "";
      const events = snap
        .eventsFor("Pod", pod.metadata?.namespace, nameOf(pod))
        .filter(
          (e) =>
            e.reason === "Failed" &&
            eventMessage(e).includes("Failed to pull image") &&
            (image === "" || eventMessage(e).includes(image)),
        );
      const errorText = events.map(eventMessage).join("\n") + "\n" + (waiting.message ?? "");
      const kind: PullFailure =
        waiting.reason === "InvalidImageName" ? "invalid-name" : classifyPullError(errorText);
      const evidence: Evidence[] = [
        { field: `${c.path}.state.waiting.reason`, value: waiting.reason },
        { field: `${c.specPath ?? c.path}.image`, value: image },
      ];
      if (waiting.message)
        evidence.push({ field: `${c.path}.state.waiting.message`, value: waiting.message });
      for (const e of events.slice(0, 2)) evidence.push(eventEvidence(e));
      out.push(build(kind, pod, c.name, parseImage(image), image, evidence, ctx));
    }
  }
  return out;
}

function build(
  kind: PullFailure,
  pod: Pod,
  container: string,
  ref: ImageRef,
  image: string,
  evidence: Evidence[],
  ctx: ClusterContext,
): Diagnosis {
  const rg = ctx.resourceGroup;
  const cluster = ctx.clusterName;
  const acr = ref.acrName;
  const base = { object: podRef(pod), evidence };
  const source001 = `${SEED.troubleshooting001} "Pod Not Starting (ImagePullBackOff)"`;
  switch (kind) {
    case "unauthorized":
      return {
        ...base,
        id: "image-pull-unauthorized",
        summary: `Container ${container} cannot pull ${image}: the registry refused the credentials`,
        cause: acr
          ? `The kubelet identity of cluster ${cluster} has no AcrPull role on registry ${acr}: the registry is not attached to the cluster, or the role assignment was removed.`
          : `Registry ${ref.registry} requires credentials and the pod has no working imagePullSecret for it.`,
        confirm: acr
          ? [
              `az aks check-acr --resource-group ${rg} --name ${cluster} --acr ${ref.registry}`,
              `az aks show --resource-group ${rg} --name ${cluster} --query identityProfile.kubeletidentity.objectId --output tsv`,
              `az role assignment list --assignee <kubelet-identity-object-id> --scope $(az acr show --name ${acr} --query id --output tsv) --output table`,
            ]
          : [
              describePod(pod),
              `kubectl get pod ${nameOf(pod)} -n ${pod.metadata?.namespace ?? "default"} -o jsonpath='{.spec.imagePullSecrets}'`,
            ],
        fix: acr
          ? [
              `az aks update --resource-group ${rg} --name ${cluster} --attach-acr ${acr}`,
              `Or grant the role yourself: az role assignment create --assignee <kubelet-identity-object-id> --role AcrPull --scope $(az acr show --name ${acr} --query id --output tsv)`,
            ]
          : [
              `Create a docker-registry Secret for ${ref.registry} and reference it in spec.imagePullSecrets, or mirror the image into your ACR.`,
            ],
        source: `${source001}; ${SEED.dayTwo002} "Attach ACR pull"`,
      };
    case "not-found":
      return {
        ...base,
        id: "image-pull-not-found",
        summary: `Container ${container} cannot pull ${image}: the registry has no such repository or tag`,
        cause: `The tag ${ref.tag ?? "latest"} (or the repository ${ref.repository}) does not exist in ${ref.registry}: a typo, a tag that was never pushed, or one deleted by a retention policy.`,
        confirm: acr
          ? [
              `az acr repository show-tags --name ${acr} --repository ${ref.repository} --output table`,
              `az acr repository show --name ${acr} --image ${ref.repository}:${ref.tag ?? "latest"}`,
            ]
          : [`docker manifest inspect ${image}`],
        fix: [
          "Set the image to a tag that exists (prefer an immutable version tag or a digest over latest).",
          "If the CI pipeline should have pushed it, re-run the build and push step.",
        ],
        source: `${source001} "Verify Image Exists"`,
      };
    case "timeout":
      return {
        ...base,
        id: "image-pull-timeout",
        summary: `Container ${container} cannot pull ${image}: the connection to ${ref.registry} timed out`,
        cause: `The nodes cannot reach ${ref.registry}: egress is blocked by the firewall (no application rule for the registry's FQDNs), or a private endpoint's DNS record (privatelink.azurecr.io) does not resolve from the node subnet.`,
        confirm: [
          ...(acr ? [`az aks check-acr --resource-group ${rg} --name ${cluster} --acr ${ref.registry}`] : []),
          `kubectl run -it --rm nettest --image=mcr.microsoft.com/azure-cli --restart=Never -- nslookup ${ref.registry}`,
          'az network firewall list --query "[].{name:name, resourceGroup:resourceGroup}" --output table',
        ],
        fix: acr
          ? [
              `Allow ${ref.registry} and ${acr}.<region>.data.azurecr.io in the Azure Firewall application rules for the cluster subnet,`,
              `or reach the registry over a private endpoint with the privatelink.azurecr.io private DNS zone linked to the cluster VNet.`,
            ]
          : [
              `Allow ${ref.registry} (and its blob storage FQDNs) through the egress firewall, or mirror the image into your ACR.`,
            ],
        source: `${SEED.baseline003} "egress traffic through Azure Firewall", "Private Link"; ${SEED.dayTwo002} "Private Link to ACR"`,
      };
    case "rate-limited":
      return {
        ...base,
        id: "image-pull-rate-limited",
        summary: `Container ${container} cannot pull ${image}: ${ref.registry} rate-limits anonymous pulls`,
        cause: `${ref.registry} answered "too many requests": all nodes share the egress IP, so anonymous pull limits are reached quickly.`,
        confirm: [describePod(pod)],
        fix: [
          `Import the image into your ACR (az acr import --name <registry> --source ${image}) and pull it from there.`,
        ],
        source: `${SEED.dayTwo002} "Policy prevents bad images"; ${SEED.baseline003}`,
      };
    case "invalid-name":
      return {
        ...base,
        id: "image-invalid-name",
        summary: `Container ${container} has an invalid image reference ${JSON.stringify(image)}`,
        cause:
          "The image reference cannot be parsed (upper-case letters, spaces, an empty tag or a stray character).",
        confirm: [describePod(pod)],
        fix: [
          "Write the image as registry/repository:tag in lower case, for example contosoacr.azurecr.io/api:1.4.2.",
        ],
        source: source001,
      };
    default:
      return {
        ...base,
        id: "image-pull",
        summary: `Container ${container} cannot pull ${image}`,
        cause: "The image pull fails; the events above carry the registry's answer.",
        confirm: [
          describePod(pod),
          ...(acr ? [`az aks check-acr --resource-group ${rg} --name ${cluster} --acr ${ref.registry}`] : []),
        ],
        fix: ["Fix what the pull error names: credentials, tag, or network path to the registry."],
        source: source001,
      };
  }
}
