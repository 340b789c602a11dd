import { containsIp, formatIp, parseCidr, parseIp } from "../../../net/cidr.js";
import { defineRule } from "../../types.js";
import { get, lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { DEFAULT_SERVICE_CIDR } from "./service-cidr-overlap.js";

export const dnsServiceIpInRange = defineRule({
  id: "network/dns-service-ip-in-range",
  title: "The DNS service IP lies inside the service CIDR",
  severity: "high",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "CoreDNS's service gets the DNS service IP; it must be inside the service CIDR and must not be its first address (network address) or the second (taken by the kubernetes API service), or the deployment fails or cluster DNS breaks.",
  remediation: {
    text: "Pick an address inside the service CIDR other than its first two, conventionally .10.",
    spec: "spec.network.dnsServiceIp: 10.0.0.10",
    arm: 'properties.networkProfile.dnsServiceIP: "10.0.0.10"',
    terraform: 'azurerm_kubernetes_cluster.network_profile { dns_service_ip = "10.0.0.10" }',
  },
  sources: [SEED.planIps, LEARN.cniOverview],
  equivalents: {},
  target: { kind: "cluster" },
  check(cluster, ctx) {
    const found = lookup(cluster.resource, ["properties", "networkProfile", "dnsServiceIP"]);
    if (found.unknown || typeof found.value !== "string") return;
    const svc = get(cluster.resource, ["properties", "networkProfile", "serviceCidr"]);
    if (svc !== undefined && typeof svc !== "string") return;
    const range = parseCidr(svc ?? DEFAULT_SERVICE_CIDR);
    const ip = parseIp(found.value);
    if (!range.ok || ip === undefined) return;
    if (!containsIp(range.cidr, ip)) {
      ctx.report({
        message: `DNS service IP ${found.value} is outside the service CIDR ${range.cidr.text}.`,
        path: found.path,
      });
    } else if (ip - range.cidr.network < 2) {
      ctx.report({
        message: `DNS service IP ${found.value} is one of the first two addresses of ${range.cidr.text}; use another, such as ${formatIp(range.cidr.network + 10)}.`,
        path: found.path,
      });
    }
  },
});
