/**
 * vCPUs of an Azure VM size, read from its name: Azure names sizes family + vCPU count + features + version
 * (learn.microsoft.com/azure/virtual-machines/vm-naming-conventions), e.g. Standard_D8ds_v5 → 8,
 * Standard_NC24ads_A100_v4 → 24. Constrained-core sizes (Standard_E8-4ds_v5) count their active vCPUs (4).
 */
export function vcpus(vmSize: string): number | undefined {
  const m = /^Standard_[A-Za-z]+?(\d+)(?:-(\d+))?/.exec(vmSize);
  if (!m) return undefined;
  return Number(m[2] ?? m[1]);
}
