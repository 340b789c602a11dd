import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultCacheDir, livePriceBook, pickLinuxHourly, vmFilter } from "../../src/plan/cost/live.js";

/** An answer of the Retail Prices API for one VM size: Linux, Windows, Spot and Low Priority meters. */
function apiAnswer(sku: string, linux: number): unknown {
  return {
    BillingCurrency: "USD",
    Items: [
      {
        retailPrice: linux * 1.8,
        unitOfMeasure: "1 Hour",
        type: "Consumption",
        skuName: "D4ds v5",
        productName: "Virtual Machines Ddsv5 Series Windows",
        armSkuName: sku,
      },
      {
        retailPrice: linux * 0.2,
        unitOfMeasure: "1 Hour",
        type: "Consumption",
        skuName: "D4ds v5 Spot",
        productName: "Virtual Machines Ddsv5 Series",
        armSkuName: sku,
      },
      {
        retailPrice: linux * 0.2,
        unitOfMeasure: "1 Hour",
        type: "Consumption",
        skuName: "D4ds v5 Low Priority",
        productName: "Virtual Machines Ddsv5 Series",
        armSkuName: sku,
      },
      {
        retailPrice: linux,
        unitOfMeasure: "1 Hour",
        type: "Consumption",
        skuName: "D4ds v5",
        productName: "Virtual Machines Ddsv5 Series",
        armSkuName: sku,
      },
    ],
    NextPageLink: null,
  };
}

function urlOf(input: string | URL | Request): string {
  return typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
}

function mockFetch(answers: Record<string, unknown>, calls: string[]): typeof fetch {
  return (input: string | URL | Request) => {
    const url = urlOf(input);
    calls.push(url);
    const filter = decodeURIComponent(new URL(url).searchParams.get("$filter") ?? "");
    const sku = /armSkuName eq '([^']+)'/.exec(filter)?.[1] ?? "";
    const body = answers[sku];
    if (body === undefined) return Promise.resolve(new Response("not found", { status: 404 }));
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status: 200,
        headers: { "content-type": "application/json" },
      }),
    );
  };
}

describe("live prices", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "akskit-prices-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("builds the OData filter for one size in one region", () => {
    expect(vmFilter("westeurope", "Standard_D4ds_v5")).toBe(
      "serviceName eq 'Virtual Machines' and priceType eq 'Consumption' and armRegionName eq 'westeurope' and armSkuName eq 'Standard_D4ds_v5'",
    );
  });

  it("picks the Linux regular-priority hourly price", () => {
    expect(pickLinuxHourly((apiAnswer("Standard_D4ds_v5", 0.3) as { Items: [] }).Items)).toBe(0.3);
    expect(pickLinuxHourly([])).toBeUndefined();
  });

  it("asks the API once per size, caches the answers for the day and reads the cache next time", async () => {
    const calls: string[] = [];
    const f = mockFetch(
      {
        Standard_D4ds_v5: apiAnswer("Standard_D4ds_v5", 0.3),
        Standard_D8ds_v5: apiAnswer("Standard_D8ds_v5", 0.6),
      },
      calls,
    );
    const needs = [
      { region: "westeurope", vmSize: "Standard_D4ds_v5" },
      { region: "westeurope", vmSize: "Standard_D8ds_v5" },
      { region: "westeurope", vmSize: "Standard_D4ds_v5" },
    ];
    const book = await livePriceBook(needs, { fetch: f, cacheDir: dir, today: "2026-11-21" });
    expect(calls).toHaveLength(2);
    expect(calls[0]).toContain("https://prices.azure.com/api/retail/prices?$filter=");
    expect(book.kind).toBe("live");
    expect(book.vmPricesDate).toBe("2026-11-21");
    expect(book.vm("westeurope", "Standard_D4ds_v5")).toEqual({
      usdPerHour: 0.3,
      source: "Retail Prices API (2026-11-21)",
    });
    expect(book.notes[0]).toBe("VM prices: Azure Retail Prices API, read 2026-11-21 (cached for the day).");
    const cached = JSON.parse(await readFile(join(dir, "prices-2026-11-21.json"), "utf8"));
    expect(cached).toEqual({
      date: "2026-11-21",
      vm: { westeurope: { Standard_D4ds_v5: 0.3, Standard_D8ds_v5: 0.6 } },
    });

    const again: string[] = [];
    const second = await livePriceBook(needs, {
      fetch: mockFetch({}, again),
      cacheDir: dir,
      today: "2026-11-21",
    });
    expect(again).toEqual([]);
    expect(second.vm("westeurope", "Standard_D8ds_v5")?.usdPerHour).toBe(0.6);
  });

  it("falls back to the built-in table when offline, and says why", async () => {
    const offline = (() =>
      Promise.reject(new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } }))) as typeof fetch;
    const book = await livePriceBook([{ region: "westeurope", vmSize: "Standard_D4ds_v5" }], {
      fetch: offline,
      cacheDir: dir,
      today: "2026-11-21",
    });
    expect(book.kind).toBe("table");
    expect(book.vm("westeurope", "Standard_D4ds_v5")).toEqual({
      usdPerHour: 0.272,
      source: "built-in table (2026-06-18)",
    });
    expect(book.notes[0]).toBe(
      "Live prices unavailable (fetch failed (ENOTFOUND)); VM sizes without a cached live price use the built-in table (2026-06-18).",
    );
  });

  it("gives up after the timeout and falls back to the table", async () => {
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted")));
      })) as typeof fetch;
    const book = await livePriceBook([{ region: "eastus", vmSize: "Standard_D4ds_v5" }], {
      fetch: hanging,
      cacheDir: dir,
      today: "2026-11-21",
      timeoutMs: 20,
    });
    expect(book.notes[0]).toBe(
      "Live prices unavailable (no answer from the Retail Prices API within 20 ms); VM sizes without a cached live price use the built-in table (2026-06-18).",
    );
    expect(book.vm("eastus", "Standard_D4ds_v5")?.source).toBe("built-in table (2026-06-18)");
  });

  it("ignores a corrupt cache and asks the API again", async () => {
    await writeFile(join(dir, "prices-2026-11-21.json"), "{not json", "utf8");
    const calls: string[] = [];
    const book = await livePriceBook([{ region: "westeurope", vmSize: "Standard_D4ds_v5" }], {
      fetch: mockFetch({ Standard_D4ds_v5: apiAnswer("Standard_D4ds_v5", 0.31) }, calls),
      cacheDir: dir,
      today: "2026-11-21",
    });
    expect(calls).toHaveLength(1);
    expect(book.vm("westeurope", "Standard_D4ds_v5")?.usdPerHour).toBe(0.31);
  });

  it("notes sizes the API does not price", async () => {
    const calls: string[] = [];
    const empty = ((input: string | URL | Request) => {
      calls.push(urlOf(input));
      return Promise.resolve(
        new Response(JSON.stringify({ Items: [], NextPageLink: null }), { status: 200 }),
      );
    }) as typeof fetch;
    const book = await livePriceBook([{ region: "westeurope", vmSize: "Standard_D4ds_v5" }], {
      fetch: empty,
      cacheDir: dir,
      today: "2026-11-21",
    });
    expect(book.notes[0]).toBe(
      "The Retail Prices API has no Linux pay-as-you-go price for Standard_D4ds_v5 in westeurope; the built-in table is used where it has one.",
    );
    expect(book.vm("westeurope", "Standard_D4ds_v5")?.usdPerHour).toBe(0.272);
  });

  it("keeps the cache under $XDG_CACHE_HOME/akskit, else ~/.cache/akskit", () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/var/cache/me" })).toBe("/var/cache/me/akskit");
    expect(defaultCacheDir({})).toMatch(/\.cache\/akskit$/);
  });
});
