/**
 * Azure region pairs (learn.microsoft.com/azure/reliability/cross-region-replication-azure, "Azure paired
 * regions", read 2026-11-21). Used to place a registry geo-replica in the paired region when the
 * regulated preset asks for one and the spec names none.
 */
const PAIRS: readonly [string, string][] = [
  ["westeurope", "northeurope"],
  ["eastus", "westus"],
  ["eastus2", "centralus"],
  ["westus2", "westcentralus"],
  ["westus3", "eastus"],
  ["northcentralus", "southcentralus"],
  ["uksouth", "ukwest"],
  ["francecentral", "francesouth"],
  ["germanywestcentral", "germanynorth"],
  ["swedencentral", "swedensouth"],
  ["switzerlandnorth", "switzerlandwest"],
  ["norwayeast", "norwaywest"],
  ["southeastasia", "eastasia"],
  ["australiaeast", "australiasoutheast"],
  ["japaneast", "japanwest"],
  ["koreacentral", "koreasouth"],
  ["centralindia", "southindia"],
  ["canadacentral", "canadaeast"],
  ["brazilsouth", "southcentralus"],
  ["uaenorth", "uaecentral"],
  ["southafricanorth", "southafricawest"],
];

/** The paired region of `region`, if Azure pairs it. */
export function pairedRegion(region: string): string | undefined {
  for (const [a, b] of PAIRS) {
    if (a === region) return b;
    if (b === region && a !== "westus3" && a !== "brazilsouth") return a;
  }
  return undefined;
}
