import { isUnknown } from "../../../audit/facts.js";
import { defineRule } from "../../types.js";
import { lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

/** Ranges that let every IPv4 address through. */
function opensToEveryone(range: string): boolean {
  const r = range.trim();
  return r === "*" || /\/0$/.test(r) || r === "0.0.0.0";
}

export const apiServerNoOpenRange = defineRule({
  id: "cluster/api-server-no-open-range",
  title: "Authorized IP ranges do not include 0.0.0.0/0",
  severity: "critical",
  pillar: "security",
  level: "baseline",
  rationale:
    "An authorized range of 0.0.0.0/0 admits every address, so the cluster looks restricted while its API server is open to the internet.",
  remediation: {
    text: "Remove 0.0.0.0/0 from the authorized IP ranges and list only the egress ranges of administrators and pipelines.",
    spec: "spec.apiServer.authorizedIpRanges: [<office and CI ranges>]",
    arm: "properties.apiServerAccessProfile.authorizedIPRanges: [<specific ranges>]",
    terraform:
      "azurerm_kubernetes_cluster.api_server_access_profile { authorized_ip_ranges = [<specific ranges>] }",
  },
  sources: [SEED.managementTraffic, LEARN.authorizedIps],
  equivalents: { psrule: ["Azure.AKS.AuthorizedIPs"], checkov: ["CKV_AZURE_6"] },
  target: { kind: "cluster" },
  check(cluster, ctx) {
    const found = lookup(cluster.resource, ["properties", "apiServerAccessProfile", "authorizedIPRanges"]);
    if (!Array.isArray(found.value)) return;
    found.value.forEach((range: unknown, i) => {
      if (isUnknown(range) || typeof range !== "string") return;
      if (opensToEveryone(range)) {
        ctx.report({
          message: `Authorized IP range "${range}" admits every address; list specific ranges instead.`,
          path: [...found.path, i],
        });
      }
    });
  },
});
