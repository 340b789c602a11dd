/**
 * `--prices live`: VM prices from the Azure Retail Prices API
 * (https://prices.azure.com/api/retail/prices, learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices),
 * one query per region and VM size the spec uses, cached for the day in
 * `$XDG_CACHE_HOME/akskit/prices-<date>.json` (default `~/.cache/akskit/`). When the API cannot be reached
 * (offline, timeout, HTTP error), the built-in table answers and the report says so. Service prices
 * (firewall, gateways, monitoring, ...) always come from the built-in table.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { PRICE_TABLE_NOTES, TABLE_PRICES, type PriceBook, type VmPrice } from "./prices.js";

export const RETAIL_PRICES_URL = "https://prices.azure.com/api/retail/prices";

export interface LiveOptions {
  fetch?: typeof fetch;
  /** Folder of the cache; defaults to $XDG_CACHE_HOME/akskit or ~/.cache/akskit. */
  cacheDir?: string;
  /** Per-request timeout in milliseconds (default 10 s). */
  timeoutMs?: number;
  /** Today's date (YYYY-MM-DD); the cache holds one file per day. */
  today?: string;
  env?: Record<string, string | undefined>;
}

export interface VmNeed {
  region: string;
  vmSize: string;
}

interface RetailItem {
  retailPrice?: number;
  unitOfMeasure?: string;
  skuName?: string;
  productName?: string;
  type?: string;
  armSkuName?: string;
}

interface CacheFile {
  date: string;
  vm: Record<string, Record<string, number>>;
}

const MAX_PAGES = 5;

export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  const base =
    env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.length > 0 ? env.XDG_CACHE_HOME : join(homedir(), ".cache");
  return join(base, "akskit");
}

/** The OData filter for one VM size's pay-as-you-go prices in one region. */
export function vmFilter(region: string, vmSize: string): string {
  return `serviceName eq 'Virtual Machines' and priceType eq 'Consumption' and armRegionName eq '${region}' and armSkuName eq '${vmSize}'`;
}

/** The Linux, regular-priority hourly price among the API's items (lowest if several), or undefined. */
export function pickLinuxHourly(items: readonly RetailItem[]): number | undefined {
  const prices = items
    .filter(
      (i) =>
        typeof i.retailPrice === "number" &&
        (i.type === undefined || i.type === "Consumption") &&
        i.unitOfMeasure === "1 Hour" &&
        !/ (Spot|Low Priority)$/.test(i.skuName ?? "") &&
        !/ Windows$/.test(i.productName ?? ""),
    )
    .map((i) => i.retailPrice!)
    .sort((a, b) => a - b);
  return prices[0];
}

async function readCache(file: string, today: string): Promise<CacheFile> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<CacheFile>;
    if (parsed.date === today && parsed.vm && typeof parsed.vm === "object")
      return { date: today, vm: parsed.vm };
  } catch {
    // No cache yet, or unreadable: start empty.
  }
  return { date: today, vm: {} };
}

async function fetchJson(f: typeof fetch, url: string, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await f(url, { signal: controller.signal, headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`HTTP ${res.status} from the Retail Prices API`);
    return await res.json();
  } catch (err) {
    if (controller.signal.aborted)
      throw new Error(`no answer from the Retail Prices API within ${timeoutMs} ms`);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

async function fetchVmPrice(f: typeof fetch, need: VmNeed, timeoutMs: number): Promise<number | undefined> {
  let url: string | undefined =
    `${RETAIL_PRICES_URL}?$filter=${encodeURIComponent(vmFilter(need.region, need.vmSize))}`;
  const items: RetailItem[] = [];
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const body = (await fetchJson(f, url, timeoutMs)) as {
      Items?: RetailItem[];
      NextPageLink?: string | null;
    };
    if (!body || !Array.isArray(body.Items)) throw new Error("unexpected answer from the Retail Prices API");
    items.push(...body.Items);
    url = body.NextPageLink ?? undefined;
  }
  return pickLinuxHourly(items);
}

function errorText(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    const code = cause && typeof cause === "object" && "code" in cause ? ` (${String(cause.code)})` : "";
    return `${err.message}${code}`;
  }
  return String(err);
}

/**
 * A PriceBook whose VM prices come from the Retail Prices API (or today's cache); every failure falls
 * back to the built-in table with a note. Never throws.
 */
export async function livePriceBook(needs: readonly VmNeed[], options: LiveOptions = {}): Promise<PriceBook> {
  const f = options.fetch ?? globalThis.fetch;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const dir = options.cacheDir ?? defaultCacheDir(options.env);
  const file = join(dir, `prices-${today}.json`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const cache = await readCache(file, today);
  const notes: string[] = [];
  const unique = [...new Map(needs.map((n) => [`${n.region}/${n.vmSize}`, n])).values()].sort(
    (a, b) => a.region.localeCompare(b.region) || a.vmSize.localeCompare(b.vmSize),
  );
  let fetched = 0;
  let failure: string | undefined;
  const missing: string[] = [];
  for (const need of unique) {
    if (cache.vm[need.region]?.[need.vmSize] !== undefined) continue;
    if (failure) break;
    try {
      const usd = await fetchVmPrice(f, need, timeoutMs);
      if (usd === undefined) missing.push(`${need.vmSize} in ${need.region}`);
      else {
        (cache.vm[need.region] ??= {})[need.vmSize] = usd;
        fetched++;
      }
    } catch (err) {
      failure = errorText(err);
    }
  }
  if (fetched > 0) {
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(file, JSON.stringify(cache, null, 2) + "\n", "utf8");
    } catch (err) {
      notes.push(`Could not write the price cache ${file}: ${errorText(err)}.`);
    }
  }
  const live = (region: string, vmSize: string): VmPrice | undefined => {
    const usd = cache.vm[region]?.[vmSize];
    return usd === undefined ? undefined : { usdPerHour: usd, source: `Retail Prices API (${today})` };
  };
  const anyLive = unique.some((n) => live(n.region, n.vmSize));
  if (failure)
    notes.push(
      `Live prices unavailable (${failure}); VM sizes without a cached live price use the built-in table (${TABLE_PRICES.vmPricesDate}).`,
    );
  if (missing.length > 0)
    notes.push(
      `The Retail Prices API has no Linux pay-as-you-go price for ${missing.join(", ")}; the built-in table is used where it has one.`,
    );
  notes.push(
    anyLive
      ? `VM prices: Azure Retail Prices API, read ${today} (cached for the day).`
      : `VM prices: built-in table (${TABLE_PRICES.vmPricesDate}).`,
    ...PRICE_TABLE_NOTES.filter((n) => !n.startsWith("VM prices")),
  );
  return {
    kind: anyLive ? "live" : "table",
    vmPricesDate: anyLive ? today : TABLE_PRICES.vmPricesDate,
    servicePricesDate: TABLE_PRICES.servicePricesDate,
    currency: "USD",
    notes,
    vm: (region, vmSize) => live(region, vmSize) ?? TABLE_PRICES.vm(region, vmSize),
    service: TABLE_PRICES.service,
  };
}
