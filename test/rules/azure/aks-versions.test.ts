import { describe, expect, it } from "vitest";
import {
  AKS_VERSIONS,
  compareMinor,
  evaluationDay,
  minorOf,
  supportStatus,
  supportedRange,
} from "../../../src/rules/azure/aks-versions.js";

describe("AKS release calendar", () => {
  it("lists minor versions in ascending order with end of life after GA", () => {
    const minors = AKS_VERSIONS.map((v) => v.minor);
    expect([...minors].sort(compareMinor)).toEqual(minors);
    for (const v of AKS_VERSIONS) expect(v.endOfLife > v.ga).toBe(true);
  });

  it("parses minor versions", () => {
    expect(minorOf("1.34.2")).toBe("1.34");
    expect(minorOf("v1.9")).toBe("1.9");
    expect(minorOf("latest")).toBeUndefined();
    expect(compareMinor("1.9", "1.10")).toBeLessThan(0);
  });

  it("judges support on a given day", () => {
    expect(supportStatus("1.34", "2026-11-21")).toEqual({
      kind: "supported",
      endOfLife: "2026-11-30",
      daysLeft: 9,
      lts: false,
    });
    expect(supportStatus("1.34", "2026-11-30").kind).toBe("supported");
    expect(supportStatus("1.34", "2026-12-01")).toEqual({
      kind: "end-of-life",
      endOfLife: "2026-11-30",
      lts: false,
    });
    expect(supportStatus("1.33", "2026-11-21", true)).toEqual({
      kind: "supported",
      endOfLife: "2027-07-31",
      daysLeft: 252,
      lts: true,
    });
    expect(supportStatus("1.20", "2026-11-21")).toEqual({ kind: "too-old" });
    expect(supportStatus("1.40", "2026-11-21")).toEqual({ kind: "newer-than-table" });
  });

  it("gives the supported range on 2026-11-21", () => {
    expect(supportedRange("2026-11-21")).toEqual({ oldest: "1.34", newest: "1.37" });
    expect(supportedRange("2026-12-01")).toEqual({ oldest: "1.35", newest: "1.37" });
  });

  it("judges on SOURCE_DATE_EPOCH when set", () => {
    expect(evaluationDay({ SOURCE_DATE_EPOCH: "1795219200" })).toBe("2026-11-21");
    expect(evaluationDay({ SOURCE_DATE_EPOCH: "not-a-number" })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
