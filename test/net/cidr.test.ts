import { describe, expect, it } from "vitest";
import {
  allocate,
  azureUsable,
  cidr,
  containsCidr,
  formatIp,
  overlaps,
  parseCidr,
  prefixForAddresses,
  size,
} from "../../src/net/cidr.js";

describe("parseCidr", () => {
  it("parses and normalizes", () => {
    const r = parseCidr("10.240.0.0/16");
    expect(r).toEqual({ ok: true, cidr: { network: 0x0af00000, prefix: 16, text: "10.240.0.0/16" } });
  });
  it("rejects host bits with a suggestion", () => {
    expect(parseCidr("10.240.1.0/16")).toEqual({
      ok: false,
      reason: '"10.240.1.0/16" has host bits set; did you mean 10.240.0.0/16?',
    });
  });
  it("rejects malformed text", () => {
    expect(parseCidr("10.0.0.0").ok).toBe(false);
    expect(parseCidr("10.0.0.256/24").ok).toBe(false);
    expect(parseCidr("10.0.0.0/33").ok).toBe(false);
    expect(parseCidr("010.0.0.0/8").ok).toBe(false);
  });
});

describe("arithmetic", () => {
  it("counts Azure usable addresses (5 reserved)", () => {
    expect(size(cidr("10.0.0.0/22"))).toBe(1024);
    expect(azureUsable(cidr("10.0.0.0/22"))).toBe(1019);
    expect(azureUsable(cidr("10.0.0.0/29"))).toBe(3);
  });
  it("detects overlap and containment", () => {
    expect(overlaps(cidr("10.0.0.0/16"), cidr("10.0.255.0/24"))).toBe(true);
    expect(overlaps(cidr("10.0.0.0/16"), cidr("10.1.0.0/16"))).toBe(false);
    expect(containsCidr(cidr("10.0.0.0/16"), cidr("10.0.4.0/22"))).toBe(true);
    expect(containsCidr(cidr("10.0.4.0/22"), cidr("10.0.0.0/16"))).toBe(false);
  });
  it("sizes a subnet for an address count", () => {
    expect(prefixForAddresses(1019)).toBe(22);
    expect(prefixForAddresses(1020)).toBe(21);
    expect(prefixForAddresses(3)).toBe(29);
  });
  it("allocates aligned subnets around taken ones", () => {
    const got = allocate(cidr("10.0.0.0/16"), [24, 22, 26], [cidr("10.0.0.0/24")]);
    expect(got.map((c) => c?.text)).toEqual(["10.0.1.0/24", "10.0.4.0/22", "10.0.2.0/26"]);
    expect(allocate(cidr("10.0.0.0/24"), [23])).toEqual([undefined]);
    expect(formatIp(0xffffffff)).toBe("255.255.255.255");
  });
});
