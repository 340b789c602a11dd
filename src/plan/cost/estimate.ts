/**
 * Monthly cost per environment at the pools' min and max node counts, line by line: quantity (billed
 * units per month), unit price, monthly figure and the assumption behind the quantity, in words. The hub
 * (firewall, Bastion, VPN gateway) is shared by every environment and estimated once (`hubCost`).
 *
 * Monthly = quantity × unit price, rounded to cents; a month is HOURS_PER_MONTH (730) hours.
 * Every usage-based quantity comes from one of the named assumptions below, so a reader can check or
 * change them.
 */
import type { ClusterModel, ResolvedNodePool } from "../../model/types.js";
import { vcpus } from "../vm-size.js";
import {
  DAYS_PER_MONTH,
  HOURS_PER_MONTH,
  PREMIUM_SSD_TIERS,
  type PriceBook,
  type ServicePriceKey,
} from "./prices.js";

/** Assumptions behind usage-based quantities (shown in the docs and in every line's assumption). */
export const ASSUMPTIONS = {
  /** Spot VMs are priced at this share below pay-as-you-go (Azure quotes discounts up to 90%). */
  spotDiscount: 0.7,
  /** Container Insights (ContainerLogV2, perf, inventory) per node per day. */
  containerInsightsGbPerNodeDay: 1,
  /** Control-plane resource logs per category per day (kube-audit is by far the largest). */
  controlPlaneGbPerDay: {
    "kube-audit": 5,
    "kube-audit-admin": 1,
    default: 0.1,
  } as Record<string, number>,
  /** Active Prometheus series per node (node exporter, kubelet, cAdvisor, kube-state-metrics share). */
  prometheusSeriesPerNode: 2000,
  /** Series per replica of a workload that exposes metrics. */
  prometheusSeriesPerReplica: 200,
  /** Scrape interval of the managed Prometheus add-on (default 30 s). */
  prometheusScrapeSeconds: 30,
  grafanaActiveUsers: 5,
  /** Outbound data per node per month through the firewall or NAT gateway. */
  egressGbPerNodeMonth: 50,
  /** Data per private endpoint per month (in + out). */
  privateEndpointGbMonth: 10,
  /** Average Application Gateway capacity units at min and max scale. */
  appGatewayCapacityUnits: { min: 2, max: 10 },
  /** Backup data per environment in Blob storage (Velero / AKS backup). */
  backupGb: 50,
  /** Key Vault operations per month besides secret rotation (deployments, restarts). */
  keyVaultBaseOps: 10000,
} as const;

export type CostCategory =
  "compute" | "cluster" | "network" | "security" | "monitoring" | "registry" | "storage";

export interface CostLine {
  category: CostCategory;
  item: string;
  unit: string;
  /** USD per unit; null when the price table has no price (the line is then left out of the totals). */
  unitPrice: number | null;
  /** Billed units per month at min and max node counts. */
  quantity: { min: number; max: number };
  /** USD per month; null when unpriced. */
  monthly: { min: number | null; max: number | null };
  assumption: string;
  source: string;
}

export interface CostSection {
  lines: CostLine[];
  total: { min: number; max: number };
  /** Items without a price (left out of the totals). */
  unpriced: string[];
}

const cents = (n: number): number => Math.round(n * 100) / 100;
const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : String(cents(n)));

function line(
  book: PriceBook,
  category: CostCategory,
  item: string,
  key: ServicePriceKey,
  quantity: { min: number; max: number },
  assumption: string,
): CostLine {
  const p = book.service(key);
  return {
    category,
    item,
    unit: p.unit,
    unitPrice: p.usd,
    quantity: { min: round4(quantity.min), max: round4(quantity.max) },
    monthly: { min: cents(quantity.min * p.usd), max: cents(quantity.max * p.usd) },
    assumption,
    source: p.source,
  };
}

const round4 = (n: number): number => Math.round(n * 10000) / 10000;
const both = (n: number) => ({ min: n, max: n });

function nodeLines(model: ClusterModel, book: PriceBook): CostLine[] {
  const out: CostLine[] = [];
  for (const p of model.nodePools) {
    const vm = book.vm(model.location, p.vmSize);
    const spot = p.priority === "Spot";
    let unitPrice: number | null = null;
    let assumption = `${p.min}–${p.max} nodes × ${HOURS_PER_MONTH} h`;
    if (vm) {
      unitPrice = vm.usdPerHour;
      if (spot) {
        const discounted = vm.usdPerHour * (1 - ASSUMPTIONS.spotDiscount);
        unitPrice =
          p.spotMaxPrice !== undefined && p.spotMaxPrice > 0
            ? Math.min(discounted, p.spotMaxPrice)
            : discounted;
        assumption += `; Spot at an assumed ${ASSUMPTIONS.spotDiscount * 100}% below pay-as-you-go $${vm.usdPerHour}/h (Spot prices vary and nodes can be evicted)`;
      }
      if (p.osSku === "Windows2022") assumption += "; Linux price: the Windows licence is extra";
    } else {
      assumption += `; no price for ${p.vmSize} in ${model.location}: try --prices live`;
    }
    const quantity = { min: p.min * HOURS_PER_MONTH, max: p.max * HOURS_PER_MONTH };
    out.push({
      category: "compute",
      item: `Nodes: ${p.name} (${p.vmSize}${spot ? ", Spot" : ""})`,
      unit: "node-hour",
      unitPrice: unitPrice === null ? null : round4(unitPrice),
      quantity,
      monthly:
        unitPrice === null
          ? { min: null, max: null }
          : { min: cents(quantity.min * unitPrice), max: cents(quantity.max * unitPrice) },
      assumption,
      source: vm?.source ?? "not in the price table",
    });
  }
  return out;
}

function osDiskLines(model: ClusterModel, book: PriceBook): CostLine[] {
  const managed = model.nodePools.filter((p) => p.osDiskType === "Managed");
  return managed.map((p: ResolvedNodePool) => {
    const tier = PREMIUM_SSD_TIERS.find((t) => t.gib >= p.osDiskSizeGb) ?? PREMIUM_SSD_TIERS.at(-1)!;
    return line(
      book,
      "storage",
      `Managed OS disks: ${p.name} (${tier.tier})`,
      tier.key,
      { min: p.min, max: p.max },
      `one ${p.osDiskSizeGb} GiB Premium SSD ${tier.tier} per node, ${p.min}–${p.max} nodes (ephemeral OS disks cost nothing extra)`,
    );
  });
}

function nodeCount(model: ClusterModel): { min: number; max: number } {
  return {
    min: model.nodePools.reduce((n, p) => n + p.min, 0),
    max: model.nodePools.reduce((n, p) => n + p.max, 0),
  };
}

function logGbPerDay(model: ClusterModel, nodes: number): { total: number; text: string } {
  const o = model.settings.observability;
  const ci = o.containerInsights ? nodes * ASSUMPTIONS.containerInsightsGbPerNodeDay : 0;
  const cp = o.logCategories.reduce(
    (n, c) => n + (ASSUMPTIONS.controlPlaneGbPerDay[c] ?? ASSUMPTIONS.controlPlaneGbPerDay.default!),
    0,
  );
  return {
    total: ci + cp,
    text: `${fmt(ci)} GB/day Container Insights + ${fmt(cp)} GB/day control-plane logs`,
  };
}

/** Line items of one environment's cluster and its services (not the shared hub). */
export function environmentCost(model: ClusterModel, book: PriceBook): CostSection {
  const s = model.settings;
  const lines: CostLine[] = [];
  const nodes = nodeCount(model);

  lines.push(...nodeLines(model, book));
  lines.push(...osDiskLines(model, book));

  // ---- Cluster
  if (s.tier === "Free")
    lines.push({
      category: "cluster",
      item: "AKS Free tier",
      unit: "cluster-hour",
      unitPrice: 0,
      quantity: both(HOURS_PER_MONTH),
      monthly: both(0),
      assumption: "Free tier: no control-plane charge and no uptime SLA",
      source: book.service("aksStandard").source,
    });
  else
    lines.push(
      line(
        book,
        "cluster",
        `AKS ${s.tier} tier`,
        s.tier === "Premium" ? "aksPremium" : "aksStandard",
        both(HOURS_PER_MONTH),
        `one cluster × ${HOURS_PER_MONTH} h (uptime SLA${s.tier === "Premium" ? ", long-term support" : ""})`,
      ),
    );

  // ---- Network
  const ingressInCluster = ["app-routing", "nginx", "traefik"].includes(s.ingress.controller);
  const publicLb = s.network.egress === "load-balancer" || (ingressInCluster && !s.ingress.waf);
  const internalLb = ingressInCluster && s.ingress.waf;
  const lbCount = (publicLb ? 1 : 0) + (internalLb ? 1 : 0);
  if (lbCount > 0) {
    const which = [
      ...(publicLb ? [`public (${s.network.egress === "load-balancer" ? "outbound + " : ""}ingress)`] : []),
      ...(internalLb ? ["internal (ingress behind Application Gateway)"] : []),
    ].join(", ");
    lines.push(
      line(
        book,
        "network",
        "Standard Load Balancer",
        "loadBalancerFirst5Rules",
        both(lbCount * HOURS_PER_MONTH),
        `${lbCount} load balancer${lbCount > 1 ? "s" : ""} with up to 5 rules: ${which}; data processed ($${book.service("loadBalancerDataGb").usd}/GB) not included`,
      ),
    );
  }
  const pips: string[] = [];
  if (publicLb) pips.push("load balancer frontend");
  const appGateway = s.ingress.waf || s.ingress.controller === "agic";
  if (appGateway) pips.push("Application Gateway");
  if (s.network.egress === "nat-gateway") pips.push("NAT gateway");
  if (pips.length > 0)
    lines.push(
      line(
        book,
        "network",
        "Public IP addresses (Standard, static)",
        "publicIpStandardStatic",
        both(pips.length * HOURS_PER_MONTH),
        `${pips.length} × ${HOURS_PER_MONTH} h: ${pips.join(", ")}`,
      ),
    );
  if (appGateway) {
    lines.push(
      line(
        book,
        "network",
        "Application Gateway WAF_v2 (fixed)",
        "appGatewayWafV2Fixed",
        both(HOURS_PER_MONTH),
        `one gateway × ${HOURS_PER_MONTH} h`,
      ),
    );
    const cu = ASSUMPTIONS.appGatewayCapacityUnits;
    lines.push(
      line(
        book,
        "network",
        "Application Gateway WAF_v2 (capacity units)",
        "appGatewayWafV2CapacityUnit",
        { min: cu.min * HOURS_PER_MONTH, max: cu.max * HOURS_PER_MONTH },
        `an average of ${cu.min} capacity units at min scale and ${cu.max} at max, × ${HOURS_PER_MONTH} h`,
      ),
    );
  }
  if (s.network.egress === "nat-gateway") {
    lines.push(
      line(
        book,
        "network",
        "NAT gateway",
        "natGatewayHour",
        both(HOURS_PER_MONTH),
        `one gateway × ${HOURS_PER_MONTH} h`,
      ),
    );
    const gb = ASSUMPTIONS.egressGbPerNodeMonth;
    lines.push(
      line(
        book,
        "network",
        "NAT gateway data processed",
        "natGatewayDataGb",
        { min: nodes.min * gb, max: nodes.max * gb },
        `${gb} GB outbound per node per month × ${nodes.min}–${nodes.max} nodes`,
      ),
    );
  }
  const endpoints: string[] = [];
  if (s.registry.enabled && s.registry.privateEndpoint) endpoints.push("registry");
  if (s.keyVault.enabled && s.keyVault.privateEndpoint) endpoints.push("Key Vault");
  if (s.apiServer.access === "private") endpoints.push("private API server");
  if (endpoints.length > 0) {
    lines.push(
      line(
        book,
        "network",
        "Private endpoints",
        "privateEndpointHour",
        both(endpoints.length * HOURS_PER_MONTH),
        `${endpoints.length} × ${HOURS_PER_MONTH} h: ${endpoints.join(", ")}`,
      ),
    );
    const gb = ASSUMPTIONS.privateEndpointGbMonth;
    lines.push(
      line(
        book,
        "network",
        "Private endpoint data processed",
        "privateEndpointDataGb",
        both(endpoints.length * gb),
        `${gb} GB per endpoint per month`,
      ),
    );
  }

  // ---- Security
  if (s.security.defender) {
    const cores = (counts: "min" | "max") =>
      model.nodePools.reduce((n, p) => n + p[counts] * (vcpus(p.vmSize) ?? 0), 0);
    lines.push(
      line(
        book,
        "security",
        "Defender for Containers",
        "defenderContainersVcoreHour",
        { min: cores("min") * HOURS_PER_MONTH, max: cores("max") * HOURS_PER_MONTH },
        `${cores("min")}–${cores("max")} node vCores × ${HOURS_PER_MONTH} h`,
      ),
    );
  }
  if (s.keyVault.enabled) {
    const interval = durationSeconds(s.keyVault.rotationInterval);
    const polls = s.keyVault.secretRotation && interval > 0 ? (DAYS_PER_MONTH * 86400) / interval : 0;
    const secretReads = (counts: "min" | "max") =>
      model.workloads.reduce((n, w) => n + w.replicas[counts] * w.secrets.length, 0) * polls;
    const ops = (counts: "min" | "max") => (ASSUMPTIONS.keyVaultBaseOps + secretReads(counts)) / 10000;
    lines.push(
      line(
        book,
        "security",
        "Key Vault operations",
        "keyVaultTenThousandOps",
        { min: ops("min"), max: ops("max") },
        s.keyVault.secretRotation
          ? `${ASSUMPTIONS.keyVaultBaseOps} operations + every replica reading each of its secrets every ${s.keyVault.rotationInterval} (rotation polling)`
          : `${ASSUMPTIONS.keyVaultBaseOps} operations a month (no rotation polling)`,
      ),
    );
  }

  // ---- Monitoring
  const o = s.observability;
  if (o.containerInsights || o.logCategories.length > 0) {
    const lo = logGbPerDay(model, nodes.min);
    const hi = logGbPerDay(model, nodes.max);
    lines.push(
      line(
        book,
        "monitoring",
        "Log Analytics ingestion",
        "logAnalyticsIngestionGb",
        { min: lo.total * DAYS_PER_MONTH, max: hi.total * DAYS_PER_MONTH },
        `${fmt(lo.total)}–${fmt(hi.total)} GB/day × ${fmt(DAYS_PER_MONTH)} days: ${ASSUMPTIONS.containerInsightsGbPerNodeDay} GB/node/day Container Insights (${nodes.min}–${nodes.max} nodes) + control-plane categories ${o.logCategories.join(", ") || "none"}`,
      ),
    );
    if (o.logRetentionDays > 31) {
      const months = (o.logRetentionDays - 31) / DAYS_PER_MONTH;
      lines.push(
        line(
          book,
          "monitoring",
          "Log Analytics retention",
          "logAnalyticsRetentionGbMonth",
          { min: lo.total * (o.logRetentionDays - 31), max: hi.total * (o.logRetentionDays - 31) },
          `steady state: ${o.logRetentionDays - 31} days beyond the included 31 (${fmt(months)} months) of daily ingestion kept`,
        ),
      );
    }
  }
  if (o.managedPrometheus) {
    const samplesPerSeriesMonth = (86400 / ASSUMPTIONS.prometheusScrapeSeconds) * DAYS_PER_MONTH;
    const workloadSeries = (counts: "min" | "max") =>
      model.workloads.reduce((n, w) => n + (w.metrics ? w.replicas[counts] : 0), 0) *
      ASSUMPTIONS.prometheusSeriesPerReplica;
    const millions = (n: number, counts: "min" | "max") =>
      ((n * ASSUMPTIONS.prometheusSeriesPerNode + workloadSeries(counts)) * samplesPerSeriesMonth) / 1e6;
    lines.push(
      line(
        book,
        "monitoring",
        "Managed Prometheus ingestion",
        "prometheusMillionSamples",
        { min: millions(nodes.min, "min"), max: millions(nodes.max, "max") },
        `${ASSUMPTIONS.prometheusSeriesPerNode} series per node + ${ASSUMPTIONS.prometheusSeriesPerReplica} per replica of workloads with metrics, scraped every ${ASSUMPTIONS.prometheusScrapeSeconds} s; queries not included`,
      ),
    );
  }
  if (o.grafana) {
    lines.push(
      line(
        book,
        "monitoring",
        "Managed Grafana Standard (instance)",
        "grafanaStandardInstance",
        both(HOURS_PER_MONTH),
        `one instance × ${HOURS_PER_MONTH} h`,
      ),
    );
    lines.push(
      line(
        book,
        "monitoring",
        "Managed Grafana Standard (active users)",
        "grafanaActiveUser",
        both(ASSUMPTIONS.grafanaActiveUsers),
        `${ASSUMPTIONS.grafanaActiveUsers} active users a month`,
      ),
    );
  }

  // ---- Registry
  if (s.registry.enabled) {
    const key: ServicePriceKey =
      s.registry.sku === "Premium"
        ? "acrPremium"
        : s.registry.sku === "Standard"
          ? "acrStandard"
          : "acrBasic";
    lines.push(
      line(
        book,
        "registry",
        `Container Registry ${s.registry.sku}`,
        key,
        both(DAYS_PER_MONTH),
        `one registry × ${fmt(DAYS_PER_MONTH)} days; included storage only`,
      ),
    );
    const replicas = s.registry.geoReplicas.length;
    if (replicas > 0)
      lines.push(
        line(
          book,
          "registry",
          "Container Registry geo-replicas",
          "acrGeoReplica",
          both(replicas * DAYS_PER_MONTH),
          `${replicas} replica${replicas > 1 ? "s" : ""} (${s.registry.geoReplicas.join(", ")}) × ${fmt(DAYS_PER_MONTH)} days`,
        ),
      );
  }

  // ---- Storage
  if (s.backup.tool !== "none")
    lines.push(
      line(
        book,
        "storage",
        `Backup storage (${s.backup.tool})`,
        "blobHotLrsGbMonth",
        both(ASSUMPTIONS.backupGb),
        `${ASSUMPTIONS.backupGb} GB of backups kept (${s.backup.retention} retention); snapshots of persistent volumes not included`,
      ),
    );

  return section(lines);
}

/** The shared hub: firewall, Bastion and VPN gateway, with firewall traffic from every environment. */
export function hubCost(models: readonly ClusterModel[], book: PriceBook): CostSection | undefined {
  const first = models[0];
  if (!first || first.settings.network.topology !== "hub-spoke") return undefined;
  const hub = first.settings.network.hub;
  const lines: CostLine[] = [];
  const pips: string[] = [];
  if (hub.firewall) {
    const premium = hub.firewallSku === "Premium";
    lines.push(
      line(
        book,
        "network",
        `Azure Firewall ${hub.firewallSku}`,
        premium ? "firewallPremium" : "firewallStandard",
        both(HOURS_PER_MONTH),
        `one firewall × ${HOURS_PER_MONTH} h`,
      ),
    );
    const viaFirewall = models.filter((m) => m.settings.network.egress === "firewall");
    const min = viaFirewall.reduce((n, m) => n + nodeCount(m).min, 0);
    const max = viaFirewall.reduce((n, m) => n + nodeCount(m).max, 0);
    const gb = ASSUMPTIONS.egressGbPerNodeMonth;
    lines.push(
      line(
        book,
        "network",
        "Azure Firewall data processed",
        "firewallDataGb",
        { min: min * gb, max: max * gb },
        `${gb} GB outbound per node per month × ${min}–${max} nodes of the environments that egress through it (${viaFirewall.map((m) => m.environment).join(", ") || "none"})`,
      ),
    );
    pips.push("firewall");
  }
  if (hub.bastion) {
    lines.push(
      line(
        book,
        "network",
        "Azure Bastion Standard",
        "bastionStandard",
        both(HOURS_PER_MONTH),
        `one host × ${HOURS_PER_MONTH} h (Standard: native client and tunnelling to reach a private cluster)`,
      ),
    );
    pips.push("Bastion");
  }
  if (hub.vpnGateway) {
    lines.push(
      line(
        book,
        "network",
        "VPN gateway VpnGw1",
        "vpnGatewayVpnGw1",
        both(HOURS_PER_MONTH),
        `one VpnGw1 gateway × ${HOURS_PER_MONTH} h; tunnels and data transfer not included`,
      ),
    );
    pips.push("VPN gateway");
  }
  if (pips.length > 0)
    lines.push(
      line(
        book,
        "network",
        "Public IP addresses (Standard, static)",
        "publicIpStandardStatic",
        both(pips.length * HOURS_PER_MONTH),
        `${pips.length} × ${HOURS_PER_MONTH} h: ${pips.join(", ")}`,
      ),
    );
  return section(lines);
}

function section(lines: CostLine[]): CostSection {
  const sum = (k: "min" | "max") => cents(lines.reduce((n, l) => n + (l.monthly[k] ?? 0), 0));
  return {
    lines,
    total: { min: sum("min"), max: sum("max") },
    unpriced: lines.filter((l) => l.unitPrice === null).map((l) => l.item),
  };
}

/** "2m" → 120, "1h30m" → 5400. */
export function durationSeconds(d: string): number {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(d);
  if (!m) return 0;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
