/** Evicted pods: the kubelet evicted them under node pressure (memory, disk, PIDs). */
import { SEED, describePod, ns, podRef } from "./common.js";
import type { Node } from "./kube.js";
import { nameOf } from "./kube.js";
import type { Snapshot } from "./snapshot.js";
import type { Diagnosis, Evidence } from "./types.js";

export function diagnoseEvicted(snap: Snapshot): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const pod of snap.pods) {
    if (pod.status?.reason !== "Evicted") continue;
    const message = pod.status.message ?? "";
    const resource = /low on resource: ([\w-]+)/.exec(message)?.[1];
    const nodeName = pod.spec?.nodeName;
    const node = nodeName ? snap.get<Node>("Node", undefined, nodeName) : undefined;
    const evidence: Evidence[] = [
      { field: "status.phase", value: pod.status.phase ?? "Failed" },
      { field: "status.reason", value: "Evicted" },
      { field: "status.message", value: message },
    ];
    if (nodeName) evidence.push({ field: "spec.nodeName", value: nodeName });
    (node?.status?.conditions ?? []).forEach((c, i) => {
      if (/Pressure$/.test(c.type ?? "") && c.status === "True") {
        evidence.push({
          field: `node ${nodeName} status.conditions[${i}]`,
          value: `${c.type}=True ${c.message ?? ""}`.trim(),
        });
      }
    });
    const fix =
      resource === "ephemeral-storage"
        ? [
            "Set ephemeral-storage requests and limits on containers that write to their filesystem or emptyDir, and send logs to stdout.",
            "Use nodes with larger OS disks (ephemeral OS disk sized for the VM) if the workload really needs the space.",
          ]
        : [
            "Set memory requests equal to the real usage (kubectl top pod) so the scheduler does not overcommit the node; pods using more than their request are evicted first.",
            "Give critical workloads Guaranteed QoS (requests = limits) and a PodDisruptionBudget.",
          ];
    fix.push(
      `Remove the evicted pod records: kubectl delete pod ${nameOf(pod)} ${ns(pod)} (the ReplicaSet has already replaced it).`,
    );
    out.push({
      id: "evicted",
      object: podRef(pod),
      summary: `Pod was evicted from node ${nodeName ?? "?"}${resource ? ` (node low on ${resource})` : ""}`,
      evidence,
      cause: resource
        ? `Node ${nodeName ?? "?"} ran low on ${resource} and the kubelet evicted pods, starting with those using the most above their requests. ${/larger consumption/.test(message) ? "The message names the container that used more than its request." : ""}`.trim()
        : "The kubelet evicted the pod under node pressure.",
      confirm: [
        describePod(pod),
        `kubectl describe node ${nodeName ?? "<node>"}`,
        "kubectl top nodes",
        `kubectl get pods ${ns(pod)} --field-selector=status.phase=Failed`,
      ],
      fix,
      source: `${SEED.troubleshooting000} "kubectl top nodes"; ${SEED.troubleshooting001} "Insufficient Resources"; kubernetes.io "Node-pressure Eviction"`,
    });
  }
  return out;
}
