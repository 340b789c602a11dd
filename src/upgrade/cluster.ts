/**
 * Reads `az aks show -o json` (flattened ARM properties; the ARM shape with `properties` is accepted too),
 * `az aks nodepool list -o json`, `az network vnet subnet show -o json` and
 * `az aks maintenanceconfiguration list -o json`.
 */
import { InputError, type Diagnostic } from "../errors.js";
import type { SourceFile } from "./json-source.js";

export interface AksPool {
  name: string;
  mode: string;
  vmSize: string | undefined;
  count: number;
  minCount: number | undefined;
  maxCount: number | undefined;
  enableAutoScaling: boolean;
  maxPods: number;
  orchestratorVersion: string | undefined;
  currentOrchestratorVersion: string | undefined;
  vnetSubnetId: string | undefined;
  /** `upgradeSettings.maxSurge` as written (`33%`, `1`); undefined means the AKS default. */
  maxSurge: string | undefined;
  osType: string | undefined;
  nodeTaints: string[];
  nodeLabels: Record<string, string>;
  availabilityZones: string[];
}

export interface AksCluster {
  file: string;
  name: string;
  resourceGroup: string;
  kubernetesVersion: string;
  currentKubernetesVersion: string;
  networkPlugin: string | undefined;
  networkPluginMode: string | undefined;
  upgradeChannel: string | undefined;
  nodeOsUpgradeChannel: string | undefined;
  pools: AksPool[];
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** Resource group from an ARM id (`/subscriptions/…/resourcegroups/rg-x/providers/…`). */
export function resourceGroupFromId(id: string | undefined): string | undefined {
  const m = id ? /\/resourceGroups\/([^/]+)/i.exec(id) : null;
  return m ? m[1] : undefined;
}

function readPool(
  p: Obj,
  src: SourceFile,
  path: (string | number)[],
  errors: Diagnostic[],
): AksPool | undefined {
  const props = isObj(p.properties) ? { ...p.properties, name: p.name } : p;
  const name = str(props.name);
  if (!name) {
    errors.push({
      severity: "error",
      code: "missing-field",
      message: "node pool has no name",
      hint: "Pass the output of `az aks show -o json` or `az aks nodepool list -o json`.",
      location: src.locate([...path, "name"]),
    });
    return undefined;
  }
  const upgrade = isObj(props.upgradeSettings) ? props.upgradeSettings : {};
  const surge = upgrade.maxSurge;
  return {
    name,
    mode: str(props.mode) ?? "User",
    vmSize: str(props.vmSize),
    count: num(props.count) ?? 0,
    minCount: num(props.minCount),
    maxCount: num(props.maxCount),
    enableAutoScaling: props.enableAutoScaling === true,
    // AKS default max pods: 30 with classic Azure CNI, 250 with Overlay; an explicit value is always present in az output.
    maxPods: num(props.maxPods) ?? 30,
    orchestratorVersion: str(props.orchestratorVersion),
    currentOrchestratorVersion: str(props.currentOrchestratorVersion) ?? str(props.orchestratorVersion),
    vnetSubnetId: str(props.vnetSubnetId),
    maxSurge: typeof surge === "number" ? String(surge) : str(surge),
    osType: str(props.osType),
    nodeTaints: Array.isArray(props.nodeTaints)
      ? props.nodeTaints.filter((t): t is string => typeof t === "string")
      : [],
    nodeLabels: isObj(props.nodeLabels)
      ? Object.fromEntries(
          Object.entries(props.nodeLabels).filter((e): e is [string, string] => typeof e[1] === "string"),
        )
      : {},
    availabilityZones: Array.isArray(props.availabilityZones) ? props.availabilityZones.map(String) : [],
  };
}

/** Parses the cluster; every problem is reported at its file:line:col. */
export function parseCluster(src: SourceFile): AksCluster {
  const errors: Diagnostic[] = [];
  const root = src.value;
  if (!isObj(root)) {
    throw InputError.single({
      severity: "error",
      code: "not-a-cluster",
      message: "expected the JSON object printed by `az aks show -o json`",
      location: src.locate([]),
    });
  }
  const arm = isObj(root.properties);
  const p: Obj = arm ? (root.properties as Obj) : root;
  const base: (string | number)[] = arm ? ["properties"] : [];
  const name = str(root.name);
  const version = str(p.kubernetesVersion);
  if (!name)
    errors.push({
      severity: "error",
      code: "missing-field",
      message: "cluster has no name",
      hint: "Pass the output of `az aks show -o json`.",
      location: src.locate(["name"]),
    });
  if (!version) {
    errors.push({
      severity: "error",
      code: "missing-field",
      message: "cluster has no kubernetesVersion",
      hint: "Pass the output of `az aks show -o json`.",
      location: src.locate([...base, "kubernetesVersion"]),
    });
  }
  const poolsRaw = p.agentPoolProfiles;
  const pools: AksPool[] = [];
  if (Array.isArray(poolsRaw)) {
    poolsRaw.forEach((x, i) => {
      if (!isObj(x)) return;
      const pool = readPool(x, src, [...base, "agentPoolProfiles", i], errors);
      if (pool) pools.push(pool);
    });
  }
  if (errors.length) throw new InputError(errors);
  const network = isObj(p.networkProfile) ? p.networkProfile : {};
  const auto = isObj(p.autoUpgradeProfile) ? p.autoUpgradeProfile : {};
  return {
    file: src.file,
    name: name!,
    resourceGroup: str(root.resourceGroup) ?? resourceGroupFromId(str(root.id)) ?? "<resource-group>",
    kubernetesVersion: version!,
    currentKubernetesVersion: str(p.currentKubernetesVersion) ?? version!,
    networkPlugin: str(network.networkPlugin),
    networkPluginMode: str(network.networkPluginMode),
    upgradeChannel: str(auto.upgradeChannel),
    nodeOsUpgradeChannel: str(auto.nodeOsUpgradeChannel),
    pools,
  };
}

/** `az aks nodepool list -o json` replaces the pools of `az aks show` (it is the fresher, fuller view). */
export function parseNodePools(src: SourceFile): AksPool[] {
  if (!Array.isArray(src.value)) {
    throw InputError.single({
      severity: "error",
      code: "not-a-pool-list",
      message: "expected the JSON array printed by `az aks nodepool list -o json`",
      location: src.locate([]),
    });
  }
  const errors: Diagnostic[] = [];
  const pools = src.value
    .flatMap((x, i) => (isObj(x) ? [readPool(x, src, [i], errors)] : []))
    .filter((x): x is AksPool => !!x);
  if (errors.length) throw new InputError(errors);
  return pools;
}

export interface SubnetInfo {
  id: string | undefined;
  name: string;
  addressPrefix: string;
  /** IP configurations already using addresses in the subnet, when the output lists them. */
  usedAddresses: number | undefined;
}

/** `az network vnet subnet show -o json`, or an array of them (`az network vnet subnet list`). */
export function parseSubnets(src: SourceFile): SubnetInfo[] {
  const list = Array.isArray(src.value) ? src.value : [src.value];
  const errors: Diagnostic[] = [];
  const out: SubnetInfo[] = [];
  list.forEach((x, i) => {
    const path = Array.isArray(src.value) ? [i] : [];
    if (!isObj(x)) return;
    const props = isObj(x.properties) ? x.properties : x;
    const prefix =
      str(props.addressPrefix) ??
      (Array.isArray(props.addressPrefixes) ? str(props.addressPrefixes[0]) : undefined);
    if (!prefix) {
      errors.push({
        severity: "error",
        code: "missing-field",
        message: "subnet has no addressPrefix",
        hint: "Pass the output of `az network vnet subnet show -o json`.",
        location: src.locate([...path, "addressPrefix"]),
      });
      return;
    }
    out.push({
      id: str(x.id),
      name: str(x.name) ?? "(subnet)",
      addressPrefix: prefix,
      usedAddresses: Array.isArray(props.ipConfigurations) ? props.ipConfigurations.length : undefined,
    });
  });
  if (errors.length) throw new InputError(errors);
  return out;
}

export interface MaintenanceWindow {
  /** `aksManagedAutoUpgradeSchedule`, `aksManagedNodeOSUpgradeSchedule` or `default`. */
  name: string;
  /** Human description: `weekly on Saturday at 02:00 UTC+00:00 for 4 hours`. */
  schedule: string;
}

/** `az aks maintenanceconfiguration list -o json`. */
export function parseMaintenance(src: SourceFile): MaintenanceWindow[] {
  const list = Array.isArray(src.value) ? src.value : [src.value];
  return list.filter(isObj).map((x) => {
    const props = isObj(x.properties) ? x.properties : x;
    const name = str(x.name) ?? "(maintenance configuration)";
    const mw = isObj(props.maintenanceWindow) ? props.maintenanceWindow : undefined;
    if (mw) {
      const sched = isObj(mw.schedule) ? mw.schedule : {};
      const weekly = isObj(sched.weekly) ? sched.weekly : undefined;
      const daily = isObj(sched.daily) ? sched.daily : undefined;
      const relative = isObj(sched.relativeMonthly) ? sched.relativeMonthly : undefined;
      const absolute = isObj(sched.absoluteMonthly) ? sched.absoluteMonthly : undefined;
      const when = weekly
        ? `every ${num(weekly.intervalWeeks) && num(weekly.intervalWeeks)! > 1 ? `${num(weekly.intervalWeeks)} weeks` : "week"} on ${str(weekly.dayOfWeek) ?? "?"}`
        : daily
          ? `every ${num(daily.intervalDays) && num(daily.intervalDays)! > 1 ? `${num(daily.intervalDays)} days` : "day"}`
          : relative
            ? `the ${str(relative.weekIndex) ?? "?"} ${str(relative.dayOfWeek) ?? "?"} of every ${num(relative.intervalMonths) ?? 1} month(s)`
            : absolute
              ? `day ${num(absolute.dayOfMonth) ?? "?"} of every ${num(absolute.intervalMonths) ?? 1} month(s)`
              : "on an unknown schedule";
      return {
        name,
        schedule: `${when} at ${str(mw.startTime) ?? "?"} UTC${str(mw.utcOffset) ?? "+00:00"} for ${num(mw.durationHours) ?? "?"} hours`,
      };
    }
    const timeInWeek = Array.isArray(props.timeInWeek) ? props.timeInWeek.filter(isObj) : [];
    const slots = timeInWeek.map(
      (t) => `${str(t.day) ?? "?"} hours ${(Array.isArray(t.hourSlots) ? t.hourSlots : []).join(",")} UTC`,
    );
    return { name, schedule: slots.length ? slots.join("; ") : "no time slots" };
  });
}
