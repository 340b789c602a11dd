/**
 * Builds an ordered upgrade plan: the control plane first, one minor version at a time; node pools that would
 * fall outside the version skew caught up before the control plane moves on; then every node pool with its surge
 * (or, with the blue-green strategy, a new pool at the target version and a drain of the old one, seed 002).
 * Each step is checked: surge nodes and subnet addresses, PodDisruptionBudgets that block drains, APIs the
 * manifests use that the step's version no longer serves, and the auto-upgrade channel and maintenance window.
 */
import { azureUsable, parseCidr } from "../net/cidr.js";
import { REMOVED_APIS_SOURCE, findRemoved } from "../kube/removed-apis.js";
import { nameOf, namespaceOf } from "../diagnose/kube.js";
import type { AksCluster, AksPool, MaintenanceWindow, SubnetInfo } from "./cluster.js";
import { manifestLocation, type ManifestObject } from "./manifests.js";
import { blockingPdbs } from "./pdb.js";
import type { UpgradeStrategy } from "./strategy.js";
import { addressesPerNode, isClassicAzureCni, poolSurge, type SurgeInfo } from "./surge.js";
import {
  SKEW_SOURCE,
  compareMinor,
  maxNodeSkew,
  minorDistance,
  minorText,
  nextMinor,
  parseMinor,
  type MinorVersion,
} from "./versions.js";

export type CheckStatus = "blocker" | "warning" | "ok" | "info";

export interface PlanCheck {
  id: string;
  status: CheckStatus;
  title: string;
  details: string[];
  source: string;
}

export interface PlanStep {
  n: number;
  kind: "control-plane" | "node-pool" | "blue-green";
  title: string;
  from: string;
  to: string;
  pool?: string;
  surge?: SurgeInfo & { subnet?: string };
  notes: string[];
  commands: string[];
}

export interface UpgradePlan {
  cluster: {
    name: string;
    resourceGroup: string;
    controlPlane: string;
    target: string;
    networkPlugin: string;
  };
  strategy: UpgradeStrategy;
  strategySource: "default" | "flag" | "spec";
  steps: PlanStep[];
  checks: PlanCheck[];
  blockers: number;
  warnings: number;
}

export interface PlanInput {
  cluster: AksCluster;
  target: string;
  manifests: ManifestObject[];
  subnets: SubnetInfo[];
  /** undefined when no maintenance configuration was given. */
  maintenance: MaintenanceWindow[] | undefined;
  strategy: UpgradeStrategy;
  strategySource: "default" | "flag" | "spec";
}

const SEED_000 = 'seed 000 (AKS best practices for production, "Upgrade strategy")';
const SEED_002 = 'seed 002 (AKS lifecycle with GitOps, "Day 2 operations": blue or green strategy)';
const SEED_003 = 'seed 003 (Microsoft AKS baseline architecture, "In-place upgrades")';

function poolMinor(p: AksPool): MinorVersion | undefined {
  return parseMinor(p.currentOrchestratorVersion ?? p.orchestratorVersion ?? "");
}

/** Blue-green pool name: AKS Linux pool names are at most 12 lower-case alphanumerics. */
export function blueGreenPoolName(pool: string, target: MinorVersion): string {
  const suffix = `v${target.major}${target.minor}`;
  return `${pool.slice(0, 12 - suffix.length)}${suffix}`.toLowerCase();
}

function subnetFor(pool: AksPool, subnets: SubnetInfo[]): SubnetInfo | undefined {
  if (!pool.vnetSubnetId) return undefined;
  const id = pool.vnetSubnetId.toLowerCase();
  return (
    subnets.find((s) => s.id?.toLowerCase() === id) ??
    subnets.find((s) => id.endsWith(`/subnets/${s.name.toLowerCase()}`))
  );
}

function subnetName(pool: AksPool): string | undefined {
  return pool.vnetSubnetId ? /\/subnets\/([^/]+)$/i.exec(pool.vnetSubnetId)?.[1] : undefined;
}

export function buildPlan(input: PlanInput): UpgradePlan {
  const { cluster } = input;
  const rg = cluster.resourceGroup;
  const name = cluster.name;
  const checks: PlanCheck[] = [];
  const steps: PlanStep[] = [];
  const cp0 = parseMinor(cluster.currentKubernetesVersion);
  const target = parseMinor(input.target);
  const plan = (): UpgradePlan => finish(input, steps, checks);
  if (!cp0 || !target) {
    checks.push({
      id: "target-version",
      status: "blocker",
      title: `Cannot plan from ${cluster.currentKubernetesVersion} to ${input.target}`,
      details: ["Both versions must read MAJOR.MINOR or MAJOR.MINOR.PATCH."],
      source: SEED_000,
    });
    return plan();
  }
  const targetIsPatch = /^\d+\.\d+\.\d+$/.test(input.target.replace(/^v/, ""));
  const targetText = input.target.replace(/^v/, "");
  if (compareMinor(target, cp0) < 0 || target.major !== cp0.major) {
    checks.push({
      id: "target-version",
      status: "blocker",
      title: `Target ${targetText} is older than the control plane ${cluster.currentKubernetesVersion}`,
      details: [
        "AKS cannot downgrade a cluster. Pick a newer version from `az aks get-upgrades`, or recreate the cluster.",
      ],
      source: SEED_000,
    });
    return plan();
  }
  checks.push({
    id: "target-version",
    status: "ok",
    title: `${cluster.currentKubernetesVersion} → ${targetText}: ${minorDistance(cp0, target)} control plane minor step(s)`,
    details: [
      `Confirm ${targetText} is offered in the region: az aks get-upgrades --resource-group ${rg} --name ${name} --output table`,
    ],
    source: SEED_000,
  });

  // Version skew as the cluster stands.
  const poolVersions = new Map<string, MinorVersion>();
  const skewDetails: string[] = [];
  let skewStatus: CheckStatus = "ok";
  for (const p of cluster.pools) {
    const v = poolMinor(p);
    if (!v) continue;
    poolVersions.set(p.name, v);
    const lag = minorDistance(v, cp0);
    if (lag < 0) {
      skewStatus = "blocker";
      skewDetails.push(
        `Pool ${p.name} (${p.currentOrchestratorVersion}) is newer than the control plane (${cluster.currentKubernetesVersion}); AKS does not allow it.`,
      );
    } else if (lag > maxNodeSkew(cp0)) {
      if (skewStatus === "ok") skewStatus = "warning";
      skewDetails.push(
        `Pool ${p.name} (${p.currentOrchestratorVersion}) is ${lag} minor versions behind the control plane, more than the ${maxNodeSkew(cp0)} allowed: upgrade it first.`,
      );
    } else {
      skewDetails.push(
        `Pool ${p.name} ${p.currentOrchestratorVersion ?? "?"}: ${lag} minor version(s) behind the control plane (at most ${maxNodeSkew(cp0)} allowed).`,
      );
    }
  }

  // Removed APIs by step.
  const removedFirstStep: { obj: ManifestObject; removedIn: string; replacement: string | undefined }[] = [];
  for (const m of input.manifests) {
    const r = findRemoved(m.object.apiVersion ?? "", m.object.kind ?? "", minorText(cp0));
    if (r) removedFirstStep.push({ obj: m, removedIn: r.removedIn, replacement: r.replacement });
  }
  const describeObj = (m: ManifestObject) =>
    `${m.object.kind}/${nameOf(m.object)}${m.object.metadata?.namespace ? ` in ${namespaceOf(m.object)}` : ""} (${manifestLocation(m)}) uses ${m.object.apiVersion}`;

  // Control plane steps, with pool catch-ups where the next control plane version would break the skew.
  let cp = cp0;
  const addPoolStep = (p: AksPool, from: string, to: string, reason: string | undefined) => {
    const surge = poolSurge(cluster, p);
    steps.push({
      n: steps.length + 1,
      kind: "node-pool",
      title: `Node pool ${p.name} ${from} → ${to}`,
      from,
      to,
      pool: p.name,
      surge: { ...surge, subnet: subnetName(p) },
      notes: [
        ...(reason ? [reason] : []),
        `Surge: ${surge.nodes} extra node(s) (maxSurge ${surge.maxSurge}${surge.configured ? "" : ", the AKS default; seed 003 suggests 33%"}), ${surge.addresses} subnet address(es) (${surge.addressesPerNode} per node).`,
      ],
      commands: [
        `az aks nodepool upgrade --resource-group ${rg} --cluster-name ${name} --name ${p.name} --kubernetes-version ${to} --max-surge ${surge.maxSurge} --yes`,
      ],
    });
  };
  while (compareMinor(cp, target) < 0) {
    const next = nextMinor(cp);
    const nextText = compareMinor(next, target) === 0 && targetIsPatch ? targetText : minorText(next);
    for (const p of cluster.pools) {
      const v = poolVersions.get(p.name);
      if (v && minorDistance(v, next) > maxNodeSkew(next)) {
        addPoolStep(
          p,
          p.currentOrchestratorVersion ?? minorText(v),
          minorText(cp),
          `Required before the control plane moves to ${minorText(next)}: pools may lag at most ${maxNodeSkew(next)} minor versions (${SKEW_SOURCE}).`,
        );
        poolVersions.set(p.name, cp);
      }
    }
    const removedHere = input.manifests
      .map((m) => ({ m, r: findRemoved(m.object.apiVersion ?? "", m.object.kind ?? "", minorText(next)) }))
      .filter((x) => x.r?.removedIn === minorText(next));
    const notes: string[] = [];
    if (steps.every((s) => s.kind !== "control-plane") && removedFirstStep.length > 0) {
      for (const x of removedFirstStep) {
        notes.push(
          `Already not served (removed in ${x.removedIn}): ${describeObj(x.obj)}; use ${x.replacement ?? "a replacement (no successor API)"}.`,
        );
      }
    }
    for (const x of removedHere) {
      notes.push(
        `Removed in ${minorText(next)}: ${describeObj(x.m)}; migrate to ${x.r?.replacement ?? "a replacement (no successor API)"}.`,
      );
    }
    if (notes.length > 0 || removedFirstStep.length > 0 || removedHere.length > 0) {
      const blocker = notes.length > 0;
      checks.push({
        id: "removed-apis",
        status: blocker ? "blocker" : "ok",
        title: blocker
          ? `Control plane ${minorText(next)}: ${notes.length} manifest object(s) use APIs it does not serve`
          : `Control plane ${minorText(next)}: no removed API in use`,
        details: notes,
        source: REMOVED_APIS_SOURCE,
      });
    } else {
      checks.push({
        id: "removed-apis",
        status: "ok",
        title: `Control plane ${minorText(next)}: ${input.manifests.length > 0 ? "no removed API in the manifests" : "no manifests given to check"}`,
        details: [],
        source: REMOVED_APIS_SOURCE,
      });
    }
    steps.push({
      n: steps.length + 1,
      kind: "control-plane",
      title: `Control plane ${steps.some((s) => s.kind === "control-plane") ? minorText(cp) : cluster.currentKubernetesVersion} → ${nextText}`,
      from: steps.some((s) => s.kind === "control-plane") ? minorText(cp) : cluster.currentKubernetesVersion,
      to: nextText,
      notes,
      commands: [
        `az aks upgrade --resource-group ${rg} --name ${name} --control-plane-only --kubernetes-version ${nextText} --yes`,
      ],
    });
    cp = next;
  }
  if (minorDistance(cp0, target) === 0 && targetIsPatch && targetText !== cluster.currentKubernetesVersion) {
    steps.push({
      n: 1,
      kind: "control-plane",
      title: `Control plane ${cluster.currentKubernetesVersion} → ${targetText} (patch)`,
      from: cluster.currentKubernetesVersion,
      to: targetText,
      notes: [],
      commands: [
        `az aks upgrade --resource-group ${rg} --name ${name} --control-plane-only --kubernetes-version ${targetText} --yes`,
      ],
    });
  }

  // Node pools: System pools first, then User pools, by name.
  const pools = [...cluster.pools].sort((a, b) =>
    a.mode !== b.mode ? (a.mode === "System" ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const p of pools) {
    const current = p.currentOrchestratorVersion ?? p.orchestratorVersion ?? "?";
    const v = poolVersions.get(p.name);
    const caughtUp = steps.some((st) => st.pool === p.name);
    const atTarget = targetIsPatch
      ? !caughtUp && current === targetText
      : v !== undefined && compareMinor(v, target) === 0;
    if (atTarget) continue;
    const from = steps.some((s) => s.pool === p.name) ? minorText(v!) : current;
    if (input.strategy === "blue-green") addBlueGreen(p, from);
    else addPoolStep(p, from, targetText, undefined);
  }

  function addBlueGreen(p: AksPool, from: string) {
    const newName = blueGreenPoolName(p.name, target!);
    const per = addressesPerNode(cluster, p);
    const add = [
      `az aks nodepool add --resource-group ${rg} --cluster-name ${name} --name ${newName}`,
      `--mode ${p.mode} --kubernetes-version ${targetText}`,
      p.vmSize ? `--node-vm-size ${p.vmSize}` : "",
      `--node-count ${p.count}`,
      p.enableAutoScaling
        ? `--enable-cluster-autoscaler --min-count ${p.minCount ?? 1} --max-count ${p.maxCount ?? p.count}`
        : "",
      `--max-pods ${p.maxPods}`,
      p.availabilityZones.length ? `--zones ${p.availabilityZones.join(" ")}` : "",
      p.nodeTaints.length ? `--node-taints ${p.nodeTaints.join(",")}` : "",
      Object.keys(p.nodeLabels).length
        ? `--labels ${Object.entries(p.nodeLabels)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, val]) => `${k}=${val}`)
            .join(" ")}`
        : "",
      p.vnetSubnetId ? `--vnet-subnet-id ${p.vnetSubnetId}` : "",
    ]
      .filter((x) => x !== "")
      .join(" ");
    const sel = `kubernetes.azure.com/agentpool=${p.name}`;
    steps.push({
      n: steps.length + 1,
      kind: "blue-green",
      title: `Node pool ${p.name} ${from} → ${targetText} by blue-green: new pool ${newName}, then drain and delete ${p.name}`,
      from,
      to: targetText,
      pool: p.name,
      surge: {
        maxSurge: "blue-green",
        configured: true,
        nodes: p.count,
        nodesAtMax: Math.max(p.count, p.maxCount ?? p.count),
        addressesPerNode: per,
        addresses: p.count * per,
        addressesAtMax: Math.max(p.count, p.maxCount ?? p.count) * per,
        subnet: subnetName(p),
      },
      notes: [
        `The new pool runs beside the old one: ${p.count} extra node(s) and ${p.count * per} subnet address(es) until ${p.name} is deleted.`,
        "Shift traffic gradually if the workload allows it (seed 002: Gateway API HTTPRoute with weighted backends), and keep the old pool until the new one is verified.",
      ],
      commands: [
        add,
        `kubectl get nodes -l kubernetes.azure.com/agentpool=${newName}`,
        `kubectl cordon -l ${sel}`,
        `kubectl drain -l ${sel} --ignore-daemonsets --delete-emptydir-data --timeout=30m`,
        `az aks nodepool delete --resource-group ${rg} --cluster-name ${name} --name ${p.name}`,
      ],
    });
  }

  checks.push({
    id: "version-skew",
    status: skewStatus,
    title: skewTitle(skewStatus, steps),
    details: skewDetails,
    source: SKEW_SOURCE,
  });
  checks.push(...surgeChecks(cluster, steps, input.subnets));
  checks.push(...pdbChecks(input.manifests));
  checks.push(autoUpgradeCheck(cluster, input.maintenance));
  if (input.strategy === "rolling") {
    checks.push({
      id: "blue-green-alternative",
      status: "info",
      title:
        "Blue-green alternative: a new node pool at the target version, then cordon, drain and delete the old pool",
      details: [
        "Choose it when in-place surge upgrades are too risky or the subnet cannot hold the surge for long: --strategy blue-green, or spec.upgrades.strategy: blue-green.",
      ],
      source: SEED_002,
    });
  }
  return plan();
}

function skewTitle(status: CheckStatus, steps: PlanStep[]): string {
  const catchUps = steps.filter((s) =>
    s.notes.some((n) => n.startsWith("Required before the control plane")),
  ).length;
  if (status === "blocker") return "A node pool is newer than the control plane";
  if (catchUps > 0)
    return `${catchUps} pool upgrade(s) inserted before control plane steps to stay within the supported skew`;
  return status === "warning"
    ? "A node pool is already outside the supported skew"
    : "Node pools stay within the supported skew at every step";
}

function surgeChecks(cluster: AksCluster, steps: PlanStep[], subnets: SubnetInfo[]): PlanCheck[] {
  const out: PlanCheck[] = [];
  const source = `${SEED_003}; DESIGN.md "Plan" (Azure reserves 5 addresses per subnet; classic Azure CNI takes 1 + maxPods per node, Overlay 1)`;
  const seen = new Set<string>();
  for (const s of steps) {
    if (!s.pool || !s.surge) continue;
    const key = `${s.kind}/${s.pool}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pool = cluster.pools.find((p) => p.name === s.pool);
    if (!pool) continue;
    if (!pool.vnetSubnetId) {
      out.push({
        id: "surge-capacity",
        status: "info",
        title: `Pool ${pool.name}: ${s.surge.nodes} surge node(s); the pool uses the AKS-managed VNet, so its subnet was not checked`,
        details: [],
        source,
      });
      continue;
    }
    const subnet = subnetFor(pool, subnets);
    if (!subnet) {
      out.push({
        id: "surge-capacity",
        status: "warning",
        title: `Pool ${pool.name}: ${s.surge.nodes} surge node(s) need ${s.surge.addresses} address(es) in subnet ${subnetName(pool) ?? "?"}, which was not given`,
        details: [`Pass --subnet with: az network vnet subnet show --ids ${pool.vnetSubnetId} -o json`],
        source,
      });
      continue;
    }
    const parsed = parseCidr(subnet.addressPrefix);
    if (!parsed.ok) {
      out.push({
        id: "surge-capacity",
        status: "warning",
        title: `Subnet ${subnet.name}: ${parsed.reason}`,
        details: [],
        source,
      });
      continue;
    }
    const usable = azureUsable(parsed.cidr);
    const inSubnet = cluster.pools.filter(
      (p) => p.vnetSubnetId?.toLowerCase() === pool.vnetSubnetId?.toLowerCase(),
    );
    const estimate = inSubnet.reduce((t, p) => t + p.count * addressesPerNode(cluster, p), 0);
    const used = subnet.usedAddresses ?? estimate;
    const atMax = inSubnet.reduce(
      (t, p) => t + Math.max(p.count, p.maxCount ?? p.count) * addressesPerNode(cluster, p),
      0,
    );
    const free = usable - used;
    const need = s.surge.addresses;
    const details = [
      `Subnet ${subnet.name} ${subnet.addressPrefix}: ${usable} usable addresses (size minus 5 reserved by Azure), ${used} in use${subnet.usedAddresses === undefined ? ` (estimated: ${inSubnet.map((p) => `${p.name} ${p.count}×${addressesPerNode(cluster, p)}`).join(" + ")})` : " (ipConfigurations)"}, ${free} free.`,
      `${s.kind === "blue-green" ? "New pool" : "Surge"}: ${s.surge.nodes} node(s) × ${s.surge.addressesPerNode} address(es) = ${need}${isClassicAzureCni(cluster) ? ` (classic Azure CNI: 1 + maxPods ${pool.maxPods} per node)` : " (1 per node: pod IPs come from the overlay pod CIDR)"}.`,
    ];
    let status: CheckStatus = need <= free ? "ok" : "blocker";
    if (status === "ok" && atMax + s.surge.addressesAtMax > usable) {
      status = "warning";
      details.push(
        `At the autoscaler maximum the pools in this subnet take ${atMax} addresses; a surge then (${s.surge.addressesAtMax}) would not fit in ${usable}.`,
      );
    }
    if (status === "blocker") {
      details.push(
        `Fix: lower maxSurge (az aks nodepool update --resource-group ${cluster.resourceGroup} --cluster-name ${cluster.name} --name ${pool.name} --max-surge 1), scale the pool down first, or move to a larger subnet; with classic Azure CNI consider CNI Overlay.`,
      );
    }
    out.push({
      id: "surge-capacity",
      status,
      title: `Pool ${pool.name}: ${s.kind === "blue-green" ? "new pool" : "surge"} needs ${need} address(es) in ${subnet.name}, ${free} free`,
      details,
      source,
    });
  }
  return out;
}

function pdbChecks(manifests: ManifestObject[]): PlanCheck[] {
  const source = `${SEED_003} "Configure pod disruption budgets … don't configure the budgets to be so aggressive that they block node upgrades"`;
  const hasPdb = manifests.some((m) => m.object.kind === "PodDisruptionBudget");
  const blocking = blockingPdbs(manifests);
  if (blocking.length === 0) {
    return [
      {
        id: "pdb-drain",
        status: manifests.length === 0 ? "info" : "ok",
        title:
          manifests.length === 0
            ? "No manifests given: PodDisruptionBudgets not checked"
            : hasPdb
              ? "No PodDisruptionBudget blocks a drain"
              : "No PodDisruptionBudget in the manifests",
        details: [],
        source,
      },
    ];
  }
  return blocking.map((b) => ({
    id: "pdb-drain",
    status: "blocker" as const,
    title: `PodDisruptionBudget ${b.namespace}/${b.name} (${b.setting}) blocks node drains`,
    details: [
      `${b.file}: ${b.reason}${b.workloads.length ? `; it selects ${b.workloads.join(", ")}` : ""}.`,
      "Allow at least one disruption (maxUnavailable: 1, or minAvailable below the replica count) and run more than one replica.",
    ],
    source,
  }));
}

function autoUpgradeCheck(cluster: AksCluster, maintenance: MaintenanceWindow[] | undefined): PlanCheck {
  const channel = cluster.upgradeChannel ?? "none";
  const nodeOs = cluster.nodeOsUpgradeChannel ?? "(not set)";
  const details = [`Cluster auto-upgrade channel: ${channel}; node OS upgrade channel: ${nodeOs}.`];
  let status: CheckStatus = "info";
  const automatic = channel !== "none" || nodeOs === "NodeImage" || nodeOs === "SecurityPatch";
  if (nodeOs === "None" || nodeOs === "Unmanaged") {
    status = "warning";
    details.push(
      `Node OS channel ${nodeOs}: seed 003 advises most clusters to avoid None and Unmanaged and use NodeImage (az aks update --resource-group ${cluster.resourceGroup} --name ${cluster.name} --node-os-upgrade-channel NodeImage) with a weekly maintenance window.`,
    );
  }
  if (maintenance === undefined) {
    details.push(
      `Maintenance windows not given: pass --maintenance with the output of az aks maintenanceconfiguration list --resource-group ${cluster.resourceGroup} --cluster-name ${cluster.name} -o json`,
    );
  } else if (maintenance.length === 0) {
    if (automatic) status = "warning";
    details.push(
      automatic
        ? "No planned maintenance window: automatic upgrades may start at any time (seed 003 recommends scheduling planned maintenance)."
        : "No planned maintenance window; none is needed while every upgrade is manual.",
    );
  } else {
    for (const m of maintenance) details.push(`Maintenance window ${m.name}: ${m.schedule}.`);
  }
  if (["rapid", "stable", "patch"].includes(channel)) {
    details.push(
      `The ${channel} channel upgrades the cluster automatically inside its window; run this manual plan outside it, or pause with az aks update --resource-group ${cluster.resourceGroup} --name ${cluster.name} --auto-upgrade-channel none.`,
    );
  }
  return {
    id: "auto-upgrade",
    status,
    title: `Auto-upgrade channel ${channel}, node OS channel ${nodeOs}`,
    details,
    source: `${SEED_000} "Auto-upgrade channel"; ${SEED_003}`,
  };
}

function finish(input: PlanInput, steps: PlanStep[], checks: PlanCheck[]): UpgradePlan {
  const order: Record<CheckStatus, number> = { blocker: 0, warning: 1, ok: 2, info: 3 };
  const sorted = checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => order[a.c.status] - order[b.c.status] || a.i - b.i)
    .map((x) => x.c);
  steps.forEach((s, i) => (s.n = i + 1));
  return {
    cluster: {
      name: input.cluster.name,
      resourceGroup: input.cluster.resourceGroup,
      controlPlane: input.cluster.currentKubernetesVersion,
      target: input.target.replace(/^v/, ""),
      networkPlugin: `${input.cluster.networkPlugin ?? "?"}${input.cluster.networkPluginMode ? ` (${input.cluster.networkPluginMode})` : ""}`,
    },
    strategy: input.strategy,
    strategySource: input.strategySource,
    steps,
    checks: sorted,
    blockers: checks.filter((c) => c.status === "blocker").length,
    warnings: checks.filter((c) => c.status === "warning").length,
  };
}
