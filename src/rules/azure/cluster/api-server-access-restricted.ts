import { asBool, get } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";
import { isUnknown } from "../../../audit/facts.js";

export const apiServerAccessRestricted = clusterFieldRule({
  id: "cluster/api-server-access-restricted",
  title: "The API server is private or limited to authorized IP ranges",
  severity: "high",
  pillar: "security",
  level: "baseline",
  rationale:
    "A public API server open to every address is exposed to credential stuffing and to any unpatched API server vulnerability. Make it private, or at least allow only the ranges your administrators and pipelines use.",
  remediation: {
    text: "Make the cluster private, or list the address ranges allowed to reach the API server.",
    spec: "spec.apiServer.access: private (or spec.apiServer.authorizedIpRanges: [...])",
    arm: "properties.apiServerAccessProfile.enablePrivateCluster: true (or authorizedIPRanges: [...])",
    terraform:
      "azurerm_kubernetes_cluster.private_cluster_enabled = true (or api_server_access_profile { authorized_ip_ranges = [...] })",
  },
  sources: [SEED.managementTraffic, SEED.privateCluster000, LEARN.authorizedIps, LEARN.privateCluster],
  equivalents: { psrule: ["Azure.AKS.AuthorizedIPs"], checkov: ["CKV_AZURE_6", "CKV_AZURE_115"] },
  path: ["properties", "apiServerAccessProfile", "authorizedIPRanges"],
  expect: (ranges, cluster) => {
    const isPrivate = asBool(
      get(cluster.resource, ["properties", "apiServerAccessProfile", "enablePrivateCluster"]),
    );
    if (isPrivate === true) return true;
    if (isPrivate === "unknown" || isUnknown(ranges)) return "unknown";
    return Array.isArray(ranges) && ranges.length > 0;
  },
  message: () =>
    "The API server is public and reachable from any address: enable a private cluster or set authorized IP ranges.",
});
