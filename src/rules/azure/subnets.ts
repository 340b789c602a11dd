/**
 * Finds the subnets node pools are placed in, among the Microsoft.Network/virtualNetworks (inline
 * `properties.subnets`) and Microsoft.Network/virtualNetworks/subnets resources of the inputs.
 */
import type { AzureResourceFact, Facts } from "../../audit/facts.js";
import { isUnknown } from "../../audit/facts.js";
import type { Cidr } from "../../net/cidr.js";
import { parseCidr } from "../../net/cidr.js";
import { get, referenceText, refersTo, resourcesOfType } from "./lookup.js";

export interface SubnetInfo {
  /** `vnet/subnet`. */
  name: string;
  cidr: Cidr;
}

function prefixOf(properties: unknown): Cidr | undefined {
  const single = get(properties, ["addressPrefix"]);
  const many = get(properties, ["addressPrefixes"]);
  const text =
    typeof single === "string"
      ? single
      : Array.isArray(many) && typeof many[0] === "string"
        ? many[0]
        : undefined;
  if (text === undefined) return undefined;
  const parsed = parseCidr(text);
  return parsed.ok ? parsed.cidr : undefined;
}

/** All subnets with a parseable address prefix. */
export function allSubnets(facts: Facts): SubnetInfo[] {
  const out: SubnetInfo[] = [];
  for (const vnet of resourcesOfType(facts, "Microsoft.Network/virtualNetworks")) {
    const subnets = get(vnet.resource, ["properties", "subnets"]);
    if (!Array.isArray(subnets)) continue;
    for (const s of subnets) {
      const name = get(s, ["name"]);
      const cidr = prefixOf(get(s, ["properties"]));
      if (typeof name === "string" && cidr) out.push({ name: `${vnet.name}/${name}`, cidr });
    }
  }
  for (const s of resourcesOfType(facts, "Microsoft.Network/virtualNetworks/subnets")) {
    const cidr = prefixOf(get(s.resource, ["properties"]));
    if (cidr && !out.some((o) => o.name.toLowerCase() === s.name.toLowerCase()))
      out.push({ name: s.name, cidr });
  }
  return out;
}

/** The subnet a resource id points at, "unknown" for unevaluated ids, undefined when not among the inputs. */
export function resolveSubnet(id: unknown, facts: Facts): SubnetInfo | "unknown" | undefined {
  const ref = referenceText(id);
  if (isUnknown(ref)) return "unknown";
  if (ref === undefined) return undefined;
  return allSubnets(facts).find((s) => refersTo(ref, "Microsoft.Network/virtualNetworks/subnets", s.name));
}

/** Virtual networks' address spaces. */
export function vnetSpaces(facts: Facts): { vnet: AzureResourceFact; cidr: Cidr }[] {
  const out: { vnet: AzureResourceFact; cidr: Cidr }[] = [];
  for (const vnet of resourcesOfType(facts, "Microsoft.Network/virtualNetworks")) {
    const prefixes = get(vnet.resource, ["properties", "addressSpace", "addressPrefixes"]);
    if (!Array.isArray(prefixes)) continue;
    for (const p of prefixes) {
      if (typeof p !== "string") continue;
      const parsed = parseCidr(p);
      if (parsed.ok) out.push({ vnet, cidr: parsed.cidr });
    }
  }
  return out;
}
