/**
 * The built-in price table for everything but VMs (VM prices: vm-prices.ts), and the PriceBook the
 * estimator reads: one place that answers "what does this unit cost, since when, says who".
 *
 * Service prices are the East US pay-as-you-go list prices in USD on the Azure pricing pages named in each
 * entry, as recorded on PRICE_TABLE_DATE. Most of these meters cost the same or a little more in other
 * regions; the table does not model that difference and every report says so.
 */
import { VM_HOURLY_USD, VM_PRICES_DATE, VM_PRICES_SOURCE } from "./vm-prices.js";

export const PRICE_TABLE_DATE = "2026-11-01";

/** Hours in the month every monthly figure uses (Azure's pricing calculator uses 730). */
export const HOURS_PER_MONTH = 730;
/** Days per month consistent with HOURS_PER_MONTH (730 / 24 ≈ 30.42). */
export const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;

export interface ServicePrice {
  /** USD per unit. */
  usd: number;
  unit: string;
  source: string;
}

const PRICING = "azure.microsoft.com/pricing/details";

/** Every non-VM meter the estimator uses. */
export const SERVICE_PRICES = {
  aksStandard: { usd: 0.1, unit: "cluster-hour", source: `${PRICING}/kubernetes-service` },
  aksPremium: { usd: 0.6, unit: "cluster-hour", source: `${PRICING}/kubernetes-service` },
  firewallStandard: { usd: 1.25, unit: "deployment-hour", source: `${PRICING}/azure-firewall` },
  firewallPremium: { usd: 1.75, unit: "deployment-hour", source: `${PRICING}/azure-firewall` },
  firewallDataGb: { usd: 0.016, unit: "GB processed", source: `${PRICING}/azure-firewall` },
  appGatewayWafV2Fixed: { usd: 0.443, unit: "gateway-hour", source: `${PRICING}/application-gateway` },
  appGatewayWafV2CapacityUnit: {
    usd: 0.0144,
    unit: "capacity-unit-hour",
    source: `${PRICING}/application-gateway`,
  },
  natGatewayHour: { usd: 0.045, unit: "gateway-hour", source: `${PRICING}/azure-nat-gateway` },
  natGatewayDataGb: { usd: 0.045, unit: "GB processed", source: `${PRICING}/azure-nat-gateway` },
  publicIpStandardStatic: { usd: 0.005, unit: "IP-hour", source: `${PRICING}/ip-addresses` },
  bastionBasic: { usd: 0.19, unit: "host-hour", source: `${PRICING}/azure-bastion` },
  bastionStandard: { usd: 0.29, unit: "host-hour", source: `${PRICING}/azure-bastion` },
  vpnGatewayVpnGw1: { usd: 0.19, unit: "gateway-hour", source: `${PRICING}/vpn-gateway` },
  loadBalancerFirst5Rules: {
    usd: 0.025,
    unit: "load-balancer-hour (first 5 rules)",
    source: `${PRICING}/load-balancer`,
  },
  loadBalancerDataGb: { usd: 0.005, unit: "GB processed", source: `${PRICING}/load-balancer` },
  logAnalyticsIngestionGb: {
    usd: 2.3,
    unit: "GB ingested (Analytics logs)",
    source: `${PRICING}/monitor`,
  },
  logAnalyticsRetentionGbMonth: {
    usd: 0.1,
    unit: "GB-month retained beyond 31 days",
    source: `${PRICING}/monitor`,
  },
  prometheusMillionSamples: {
    usd: 0.016,
    unit: "million samples ingested",
    source: `${PRICING}/monitor ($0.16 per 10 million samples)`,
  },
  grafanaStandardInstance: { usd: 0.069, unit: "instance-hour", source: `${PRICING}/managed-grafana` },
  grafanaActiveUser: { usd: 6, unit: "active user-month", source: `${PRICING}/managed-grafana` },
  acrBasic: { usd: 0.167, unit: "registry-day", source: `${PRICING}/container-registry` },
  acrStandard: { usd: 0.667, unit: "registry-day", source: `${PRICING}/container-registry` },
  acrPremium: { usd: 1.667, unit: "registry-day", source: `${PRICING}/container-registry` },
  acrGeoReplica: {
    usd: 1.667,
    unit: "replica-day (Premium)",
    source: `${PRICING}/container-registry`,
  },
  privateEndpointHour: { usd: 0.01, unit: "endpoint-hour", source: `${PRICING}/private-link` },
  privateEndpointDataGb: {
    usd: 0.01,
    unit: "GB processed (in or out)",
    source: `${PRICING}/private-link`,
  },
  keyVaultTenThousandOps: {
    usd: 0.03,
    unit: "10,000 operations (Standard)",
    source: `${PRICING}/key-vault`,
  },
  defenderContainersVcoreHour: {
    usd: 0.0095,
    unit: "vCore-hour",
    source: `${PRICING}/defender-for-cloud (Defender for Containers)`,
  },
  blobHotLrsGbMonth: {
    usd: 0.018,
    unit: "GB-month (Blob Hot LRS)",
    source: `${PRICING}/storage/blobs`,
  },
  /** Premium SSD v1 LRS by tier; the estimator picks the smallest tier that holds the OS disk. */
  premiumSsdP4: { usd: 5.28, unit: "disk-month (P4, 32 GiB)", source: `${PRICING}/managed-disks` },
  premiumSsdP6: { usd: 10.21, unit: "disk-month (P6, 64 GiB)", source: `${PRICING}/managed-disks` },
  premiumSsdP10: { usd: 19.71, unit: "disk-month (P10, 128 GiB)", source: `${PRICING}/managed-disks` },
  premiumSsdP15: { usd: 38.01, unit: "disk-month (P15, 256 GiB)", source: `${PRICING}/managed-disks` },
  premiumSsdP20: { usd: 73.22, unit: "disk-month (P20, 512 GiB)", source: `${PRICING}/managed-disks` },
  premiumSsdP30: { usd: 135.17, unit: "disk-month (P30, 1 TiB)", source: `${PRICING}/managed-disks` },
  premiumSsdP40: { usd: 259.05, unit: "disk-month (P40, 2 TiB)", source: `${PRICING}/managed-disks` },
} as const satisfies Record<string, ServicePrice>;

export type ServicePriceKey = keyof typeof SERVICE_PRICES;

/** Premium SSD tiers by size in GiB, smallest first. */
export const PREMIUM_SSD_TIERS: readonly { gib: number; key: ServicePriceKey; tier: string }[] = [
  { gib: 32, key: "premiumSsdP4", tier: "P4" },
  { gib: 64, key: "premiumSsdP6", tier: "P6" },
  { gib: 128, key: "premiumSsdP10", tier: "P10" },
  { gib: 256, key: "premiumSsdP15", tier: "P15" },
  { gib: 512, key: "premiumSsdP20", tier: "P20" },
  { gib: 1024, key: "premiumSsdP30", tier: "P30" },
  { gib: 2048, key: "premiumSsdP40", tier: "P40" },
];

export interface VmPrice {
  usdPerHour: number;
  source: string;
}

/** Where prices come from for one run: the built-in table, optionally with live VM prices on top. */
export interface PriceBook {
  kind: "table" | "live";
  /** Date of the VM prices in use (YYYY-MM-DD). */
  vmPricesDate: string;
  /** Date of the service price table. */
  servicePricesDate: string;
  currency: "USD";
  /** Sentences every report prints under the cost tables (fallbacks, regional caveats). */
  notes: string[];
  vm: (region: string, vmSize: string) => VmPrice | undefined;
  service: (key: ServicePriceKey) => ServicePrice;
}

export const PRICE_TABLE_NOTES: readonly string[] = [
  `Service prices are East US pay-as-you-go list prices in USD from the Azure pricing pages, recorded ${PRICE_TABLE_DATE}; other regions may differ slightly.`,
  `VM prices: ${VM_PRICES_SOURCE}.`,
  "No reservations, savings plans, Azure Hybrid Benefit or enterprise discounts; internet egress and inter-zone data transfer are not included.",
];

function tableVm(region: string, vmSize: string): VmPrice | undefined {
  const usd = VM_HOURLY_USD[region]?.[vmSize.replace(/^Standard_/, "")];
  return usd === undefined ? undefined : { usdPerHour: usd, source: `built-in table (${VM_PRICES_DATE})` };
}

/** The built-in table. */
export const TABLE_PRICES: PriceBook = {
  kind: "table",
  vmPricesDate: VM_PRICES_DATE,
  servicePricesDate: PRICE_TABLE_DATE,
  currency: "USD",
  notes: [...PRICE_TABLE_NOTES],
  vm: tableVm,
  service: (key) => SERVICE_PRICES[key],
};

/** Regions and sizes the built-in table knows (for docs and messages). */
export function tableRegions(): string[] {
  return Object.keys(VM_HOURLY_USD).sort();
}
