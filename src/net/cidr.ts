/**
 * IPv4 CIDR arithmetic used by spec validation, the IP address plan and upgrade planning.
 * Written by hand: the few npm CIDR libraries either lack overlap/carving or are unmaintained, and
 * the arithmetic is small enough to keep exact and fully tested here.
 */

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  readonly network: number;
  readonly prefix: number;
  /** The text it was parsed from, normalized (`10.0.0.0/16`). */
  readonly text: string;
}

/** Azure reserves five addresses in every subnet (network, gateway, two DNS, broadcast). */
export const AZURE_RESERVED_PER_SUBNET = 5;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parseIp(text: string): number | undefined {
  const m = IPV4.exec(text.trim());
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i]!;
    if (part.length > 1 && part.startsWith("0")) return undefined;
    const v = Number(part);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n >>> 0;
}

export function formatIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");
}

export type CidrParseResult = { ok: true; cidr: Cidr } | { ok: false; reason: string };

/** Parses `a.b.c.d/n`. Host bits must be zero (Azure rejects them for address spaces and subnets). */
export function parseCidr(text: string): CidrParseResult {
  const trimmed = text.trim();
  const slash = trimmed.indexOf("/");
  if (slash < 0) return { ok: false, reason: `"${text}" has no prefix length; write it as a.b.c.d/n` };
  const ip = parseIp(trimmed.slice(0, slash));
  if (ip === undefined) return { ok: false, reason: `"${text}" is not an IPv4 address` };
  const prefixText = trimmed.slice(slash + 1);
  if (!/^\d{1,2}$/.test(prefixText)) return { ok: false, reason: `"${text}" has an invalid prefix length` };
  const prefix = Number(prefixText);
  if (prefix > 32) return { ok: false, reason: `"${text}" has a prefix length over 32` };
  const mask = prefixMask(prefix);
  if ((ip & mask) >>> 0 !== ip) {
    const fixed = `${formatIp((ip & mask) >>> 0)}/${prefix}`;
    return { ok: false, reason: `"${text}" has host bits set; did you mean ${fixed}?` };
  }
  return { ok: true, cidr: { network: ip, prefix, text: `${formatIp(ip)}/${prefix}` } };
}

/** Parses or throws; for values already validated. */
export function cidr(text: string): Cidr {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(r.reason);
  return r.cidr;
}

export function prefixMask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Total addresses in the block (2^(32-prefix)). */
export function size(c: Cidr): number {
  return 2 ** (32 - c.prefix);
}

/** Addresses usable by resources in an Azure subnet of this size (size minus 5 reserved). */
export function azureUsable(c: Cidr): number {
  return Math.max(0, size(c) - AZURE_RESERVED_PER_SUBNET);
}

export function lastAddress(c: Cidr): number {
  return (c.network + size(c) - 1) >>> 0;
}

export function containsIp(c: Cidr, ip: number): boolean {
  return ip >= c.network && ip <= lastAddress(c);
}

/** True when `inner` lies entirely inside `outer`. */
export function containsCidr(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && containsIp(outer, inner.network);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.network <= lastAddress(b) && b.network <= lastAddress(a);
}

/** The n-th address of the block (0 = network address). */
export function nthAddress(c: Cidr, n: number): number {
  return (c.network + n) >>> 0;
}

/** Smallest prefix length whose Azure-usable address count is at least `addresses`. */
export function prefixForAddresses(addresses: number): number {
  for (let p = 29; p >= 8; p--) {
    if (2 ** (32 - p) - AZURE_RESERVED_PER_SUBNET >= addresses) return p;
  }
  return 8;
}

/**
 * Carves subnets out of `space` in the order given, each aligned to its own size, skipping blocks
 * that overlap `taken`. Returns undefined for a request that no longer fits.
 */
export function allocate(space: Cidr, prefixes: number[], taken: Cidr[] = []): (Cidr | undefined)[] {
  const used = [...taken];
  return prefixes.map((prefix) => {
    if (prefix < space.prefix) return undefined;
    const step = 2 ** (32 - prefix);
    for (let start = space.network; start + step - 1 <= lastAddress(space); start += step) {
      const candidate: Cidr = { network: start >>> 0, prefix, text: `${formatIp(start >>> 0)}/${prefix}` };
      if (!used.some((u) => overlaps(u, candidate))) {
        used.push(candidate);
        return candidate;
      }
    }
    return undefined;
  });
}
