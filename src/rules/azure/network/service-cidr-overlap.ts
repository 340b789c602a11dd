import type { Cidr } from "../../../net/cidr.js";
import { overlaps, parseCidr } from "../../../net/cidr.js";
import { defineRule } from "../../types.js";
import { get, lookup, networkMode } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { allSubnets, resolveSubnet, vnetSpaces } from "../subnets.js";
import { DEFAULT_POD_CIDR } from "./pod-cidr-capacity.js";

/** AKS's service CIDR when none is given. */
export const DEFAULT_SERVICE_CIDR = "10.0.0.0/16";

export const serviceCidrOverlap = defineRule({
  id: "network/service-cidr-overlap",
  title: "The service CIDR overlaps no pod CIDR, subnet or virtual network",
  severity: "high",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "Service IPs are virtual and only meaningful inside the cluster; if the range overlaps the pod CIDR, a node subnet or any VNet range the nodes reach (hub, peered spokes), traffic to those real addresses is captured by kube-proxy or Cilium and silently misrouted. AKS rejects some overlaps at deployment, not all.",
  remediation: {
    text: "Pick a service CIDR that overlaps no address space in the cluster's network, including peered and on-premises ranges.",
    spec: "spec.network.serviceCidr: 10.0.0.0/16",
    arm: 'properties.networkProfile.serviceCidr: "10.0.0.0/16"',
    terraform: 'azurerm_kubernetes_cluster.network_profile { service_cidr = "10.0.0.0/16" }',
  },
  sources: [SEED.planIps, LEARN.cniOverview],
  equivalents: {},
  target: { kind: "cluster" },
  check(cluster, ctx) {
    const found = lookup(cluster.resource, ["properties", "networkProfile", "serviceCidr"]);
    if (found.unknown) return;
    const parsed = parseCidr(typeof found.value === "string" ? found.value : DEFAULT_SERVICE_CIDR);
    if (!parsed.ok) return;
    const service = parsed.cidr;
    const clashes: string[] = [];
    const mode = networkMode(cluster);
    if (mode === "overlay" || mode === "kubenet") {
      const pod = get(cluster.resource, ["properties", "networkProfile", "podCidr"]);
      const podParsed = parseCidr(typeof pod === "string" ? pod : DEFAULT_POD_CIDR);
      if (podParsed.ok && overlaps(service, podParsed.cidr)) clashes.push(`pod CIDR ${podParsed.cidr.text}`);
    }
    const seen = new Set<string>();
    const note = (what: string, c: Cidr): void => {
      const key = `${what} ${c.text}`;
      if (!seen.has(key) && overlaps(service, c)) {
        seen.add(key);
        clashes.push(key);
      }
    };
    for (const pool of cluster.agentPools) {
      const subnet = resolveSubnet(get(pool.properties, ["vnetSubnetID"]), ctx.facts);
      if (subnet && subnet !== "unknown") note(`subnet ${subnet.name}`, subnet.cidr);
    }
    for (const s of allSubnets(ctx.facts)) note(`subnet ${s.name}`, s.cidr);
    for (const v of vnetSpaces(ctx.facts)) note(`virtual network ${v.vnet.name}`, v.cidr);
    if (clashes.length === 0) return;
    ctx.report({
      message: `Service CIDR ${service.text}${found.value === undefined ? " (the default)" : ""} overlaps ${clashes.sort().join(", ")}.`,
      path: found.path,
    });
  },
});
