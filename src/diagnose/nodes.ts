/** Nodes that are NotReady (or Unknown) and nodes under memory, disk or PID pressure. */
import { SEED, eventEvidence } from "./common.js";
import type { Node } from "./kube.js";
import { nameOf } from "./kube.js";
import { poolOf } from "./pools.js";
import type { Snapshot } from "./snapshot.js";
import type { ClusterContext, Diagnosis, Evidence } from "./types.js";

export function diagnoseNodes(snap: Snapshot, ctx: ClusterContext): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const node of snap.nodes) {
    const conditions = node.status?.conditions ?? [];
    const readyIndex = conditions.findIndex((c) => c.type === "Ready");
    const ready = readyIndex >= 0 ? conditions[readyIndex] : undefined;
    const events = snap
      .eventsFor("Node", undefined, nameOf(node))
      .filter((e) => e.type === "Warning" || e.reason === "NodeNotReady");
    if (ready && ready.status !== "True") {
      out.push(notReady(node, readyIndex, ready, events.slice(0, 3).map(eventEvidence), ctx));
      continue;
    }
    conditions.forEach((c, i) => {
      if (!/Pressure$/.test(c.type ?? "") || c.status !== "True") return;
      out.push(pressure(node, i, c.type ?? "", c.message ?? "", ctx));
    });
  }
  return out;
}

function poolName(node: Node): string {
  return poolOf(node);
}

function notReady(
  node: Node,
  index: number,
  ready: { status?: string; reason?: string; message?: string },
  eventEvidence: Evidence[],
  ctx: ClusterContext,
): Diagnosis {
  const name = nameOf(node);
  const pool = poolName(node);
  const unknown = ready.status === "Unknown";
  const evidence: Evidence[] = [
    {
      field: `status.conditions[${index}]`,
      value: `Ready=${ready.status ?? "?"} reason=${ready.reason ?? ""}`,
    },
    { field: `status.conditions[${index}].message`, value: ready.message ?? "" },
    { field: 'metadata.labels["kubernetes.azure.com/agentpool"]', value: pool },
    ...(node.spec?.taints ?? []).map((t, i) => ({
      field: `spec.taints[${i}]`,
      value: `${t.key ?? ""}${t.value ? `=${t.value}` : ""}:${t.effect ?? ""}`,
    })),
    ...eventEvidence,
  ];
  const cause = unknown
    ? `The kubelet on ${name} stopped posting its status (${ready.reason ?? "NodeStatusUnknown"}): the VM is stopped, restarting, overloaded, or cannot reach the API server (egress or private endpoint DNS).`
    : `The kubelet on ${name} reports itself not ready (${ready.reason ?? "KubeletNotReady"}): ${/network|cni/i.test(ready.message ?? "") ? "the container network plugin is not ready" : /PLEG|container runtime/i.test(ready.message ?? "") ? "the container runtime is not responding" : "see the condition message"}.`;
  return {
    id: "node-not-ready",
    object: { kind: "Node", name },
    summary: `Node ${name} (pool ${pool}) is NotReady (Ready=${ready.status ?? "?"})`,
    evidence,
    cause,
    confirm: [
      `kubectl describe node ${name}`,
      "kubectl get nodes -o wide",
      `az aks nodepool show --resource-group ${ctx.resourceGroup} --cluster-name ${ctx.clusterName} --name ${pool} --query "{state:provisioningState, power:powerState.code, count:count}"`,
      "kubectl get pods -n kube-system -o wide --field-selector spec.nodeName=" + name,
    ],
    fix: [
      "AKS node auto-repair reboots, reimages or redeploys a node that stays NotReady for several minutes; check the node's events for its actions.",
      `If it does not recover, remove it so a fresh node replaces it: kubectl drain ${name} --ignore-daemonsets --delete-emptydir-data, then az aks nodepool delete-machines --resource-group ${ctx.resourceGroup} --cluster-name ${ctx.clusterName} --nodepool-name ${pool} --machine-names ${name}`,
      `If many nodes are NotReady at once, check egress (firewall rules for the AKS required FQDNs) and upgrade the node image: az aks nodepool upgrade --resource-group ${ctx.resourceGroup} --cluster-name ${ctx.clusterName} --name ${pool} --node-image-only`,
    ],
    source: `${SEED.troubleshooting000} "kubectl describe nodes"; ${SEED.dayTwo002} "az aks upgrade --node-image-only"; ${SEED.baseline003} "Azure Firewall egress"`,
  };
}

function pressure(node: Node, index: number, type: string, message: string, ctx: ClusterContext): Diagnosis {
  const name = nameOf(node);
  const what = type === "MemoryPressure" ? "memory" : type === "DiskPressure" ? "disk" : "process IDs";
  return {
    id: "node-pressure",
    object: { kind: "Node", name },
    summary: `Node ${name} is under ${type}`,
    evidence: [{ field: `status.conditions[${index}]`, value: `${type}=True ${message}`.trim() }],
    cause: `Node ${name} is low on ${what}; the kubelet taints it and evicts pods until it recovers.`,
    confirm: [
      `kubectl describe node ${name}`,
      "kubectl top nodes",
      `kubectl get pods -A -o wide --field-selector spec.nodeName=${name}`,
    ],
    fix: [
      type === "DiskPressure"
        ? "Find pods writing large emptyDir or container logs; set ephemeral-storage limits; use a larger OS disk for the pool."
        : "Set requests that match real usage so the node is not overcommitted; add nodes or use a larger VM size for the pool.",
      `az aks nodepool show --resource-group ${ctx.resourceGroup} --cluster-name ${ctx.clusterName} --name ${poolName(node)} --query vmSize`,
    ],
    source: `${SEED.troubleshooting000} "kubectl top nodes"; kubernetes.io "Node-pressure Eviction"`,
  };
}
