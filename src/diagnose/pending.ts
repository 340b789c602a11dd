/**
 * Pending pods the scheduler cannot place. The FailedScheduling message is parsed into its reasons and each
 * reason becomes one diagnosis, checked against the node pools the nodes show (and `az aks show` when given).
 */
import { SEED, describePod, eventEvidence, ns, podRef } from "./common.js";
import type { Pod } from "./kube.js";
import { nameOf } from "./kube.js";
import { observedPools, podRequests, toleratesNode, type ObservedPool } from "./pools.js";
import { formatBytes, formatCpu } from "../kube/quantity.js";
import {
  parseSchedulingMessage,
  type SchedulingReason,
  type SchedulingReasonKind,
} from "./scheduling-message.js";
import { eventMessage, type Snapshot } from "./snapshot.js";
import type { ClusterContext, Diagnosis, Evidence } from "./types.js";

const PENDING_SOURCE = `${SEED.troubleshooting000} "Problema: Pods pending (no resources)"`;

export function diagnosePending(snap: Snapshot, ctx: ClusterContext): Diagnosis[] {
  const out: Diagnosis[] = [];
  const pools = observedPools(snap.nodes);
  for (const pod of snap.pods) {
    if (pod.status?.phase !== "Pending") continue;
    const condIndex = (pod.status.conditions ?? []).findIndex(
      (c) => c.type === "PodScheduled" && c.status === "False",
    );
    const cond = condIndex >= 0 ? pod.status.conditions?.[condIndex] : undefined;
    const podEvents = snap.eventsFor("Pod", pod.metadata?.namespace, nameOf(pod));
    const failed = podEvents.find((e) => e.reason === "FailedScheduling");
    const message = failed ? eventMessage(failed) : (cond?.message ?? "");
    if (!message) continue;
    const parsed = parseSchedulingMessage(message);
    const common: Evidence[] = [];
    if (cond) {
      common.push({
        field: `status.conditions[${condIndex}]`,
        value: `PodScheduled=False reason=${cond.reason ?? ""}`,
      });
    }
    common.push(
      failed ? eventEvidence(failed) : { field: `status.conditions[${condIndex}].message`, value: message },
    );
    const autoscaler = podEvents.find(
      (e) => e.reason === "NotTriggerScaleUp" || e.reason === "TriggeredScaleUp",
    );
    const grouped = new Map<SchedulingReasonKind, SchedulingReason[]>();
    for (const r of parsed.reasons) grouped.set(r.kind, [...(grouped.get(r.kind) ?? []), r]);
    // Taints that keep a pod off pools it was never meant for (system, spot) are context, not the problem,
    // when the scheduler also names another reason; node-health taints are always reported.
    const taints = grouped.get("untolerated-taint") ?? [];
    const healthTaint = (r: SchedulingReason) =>
      r.taintKey === "node.kubernetes.io/not-ready" || r.taintKey === "node.kubernetes.io/unreachable";
    if (grouped.size > 1 && taints.length > 0) {
      const kept = taints.filter(healthTaint);
      if (kept.length > 0) grouped.set("untolerated-taint", kept);
      else grouped.delete("untolerated-taint");
      common.push({
        field: "nodes excluded by taints the pod does not tolerate",
        value: taints
          .filter((r) => !healthTaint(r))
          .map((r) => `${r.nodes ?? "?"} (${r.taintKey ?? ""}${r.taintValue ? `=${r.taintValue}` : ""})`)
          .join(", "),
      });
    }
    for (const [kind, reasons] of grouped) {
      const d = explain(kind, reasons, pod, snap, pools, ctx);
      if (
        kind === "insufficient-resource" &&
        autoscaler &&
        /max node group size reached/.test(eventMessage(autoscaler))
      ) {
        d.cause += ` The cluster autoscaler did not add a node: a pool the pod fits on reached its maximum size ("max node group size reached").`;
      }
      const evidence = [
        ...common,
        ...reasons.map((r) => ({
          field: "FailedScheduling reason",
          value: `${r.nodes ?? "pod"}: ${r.text}`,
        })),
      ];
      if (kind === "insufficient-resource" && autoscaler) evidence.push(eventEvidence(autoscaler));
      out.push({ ...d, object: podRef(pod), evidence: [...evidence, ...d.evidence], source: d.source });
    }
  }
  return out;
}

type Explanation = Omit<Diagnosis, "object">;

function explain(
  kind: SchedulingReasonKind,
  reasons: SchedulingReason[],
  pod: Pod,
  snap: Snapshot,
  pools: ObservedPool[],
  ctx: ClusterContext,
): Explanation {
  const rg = ctx.resourceGroup;
  const cluster = ctx.clusterName;
  const nodeCount = (r: SchedulingReason[]) => r.reduce((t, x) => t + (x.nodes ?? 0), 0);
  const confirmBase = [describePod(pod), "kubectl describe nodes"];
  switch (kind) {
    case "insufficient-resource": {
      const req = podRequests(pod);
      const resources = reasons.map((r) => r.resource ?? "").sort();
      const evidence: Evidence[] = [
        {
          field: "pod requests (sum of containers)",
          value: `cpu ${formatCpu(req.cpu)}, memory ${formatBytes(req.memory)}`,
        },
        ...pools.map((p) => ({
          field: `node pool ${p.name}`,
          value: `${p.nodes.length} node(s)${p.vmSize ? ` ${p.vmSize}` : ""}, largest allocatable cpu ${formatCpu(p.maxAllocatable.cpu)}, memory ${formatBytes(p.maxAllocatable.memory)}${p.taints.length ? `, taints ${p.taints.join(" ")}` : ""}`,
        })),
      ];
      const tooBig =
        pools.length > 0 &&
        pools.every(
          (p) =>
            (resources.includes("cpu") && req.cpu > p.maxAllocatable.cpu) ||
            (resources.includes("memory") && req.memory > p.maxAllocatable.memory),
        );
      const causes: string[] = [];
      const fix: string[] = [];
      if (tooBig) {
        causes.push(
          `The pod requests more ${resources.join(" and ")} than any node can offer (cpu ${formatCpu(req.cpu)}, memory ${formatBytes(req.memory)}): no node of any pool can ever take it, and the cluster autoscaler will not add one.`,
        );
        fix.push(
          "Lower the pod's requests to what it really uses, or",
          `add a pool with a larger VM size: az aks nodepool add --resource-group ${rg} --cluster-name ${cluster} --name <pool> --node-vm-size <larger size> --enable-cluster-autoscaler --min-count 1 --max-count <n>`,
        );
      } else {
        causes.push(
          `${nodeCount(reasons)} node(s) lack free ${resources.join(" and ")} for the pod's requests (cpu ${formatCpu(req.cpu)}, memory ${formatBytes(req.memory)}): the pools are full of other pods' requests.`,
        );
        // The pools the pod could run on: it tolerates their taints and fits on their nodes.
        const fitting = new Set(
          pools
            .filter((p) => p.nodes.some((n) => toleratesNode(pod, n)))
            .filter((p) => req.cpu <= p.maxAllocatable.cpu && req.memory <= p.maxAllocatable.memory)
            .map((p) => p.name),
        );
        const candidates = ctx.pools.filter((p) => fitting.has(p.name));
        const full = candidates.filter(
          (p) => p.maxCount !== undefined && p.count !== undefined && p.count >= p.maxCount,
        );
        for (const p of candidates) {
          evidence.push({
            field: `az aks show agentPoolProfiles[${p.name}]`,
            value: `count ${p.count ?? "?"}, autoscaling ${p.enableAutoScaling ? `on (min ${p.minCount ?? "?"}, max ${p.maxCount ?? "?"})` : "off"}`,
          });
        }
        if (full.length > 0) {
          causes.push(
            `Pool(s) ${full.map((p) => `${p.name} (${p.count}/${p.maxCount})`).join(", ")} are at their autoscaler maximum, so no node will be added.`,
          );
          for (const p of full) {
            fix.push(
              `az aks nodepool update --resource-group ${rg} --cluster-name ${cluster} --name ${p.name} --update-cluster-autoscaler --min-count ${p.minCount ?? 1} --max-count ${(p.maxCount ?? 0) + Math.max(1, Math.ceil((p.maxCount ?? 0) / 2))}`,
            );
          }
        } else {
          const manual = candidates.filter((p) => !p.enableAutoScaling);
          for (const p of manual) {
            fix.push(
              `az aks nodepool scale --resource-group ${rg} --cluster-name ${cluster} --name ${p.name} --node-count ${(p.count ?? 0) + 1}`,
            );
          }
          if (manual.length === 0) {
            fix.push(
              `Raise the autoscaler maximum of the pool the pod runs on: az aks nodepool update --resource-group ${rg} --cluster-name ${cluster} --name <pool> --update-cluster-autoscaler --min-count <min> --max-count <higher max>`,
              `or, on a pool without autoscaler: az aks nodepool scale --resource-group ${rg} --cluster-name ${cluster} --name <pool> --node-count <n>`,
            );
          }
        }
        fix.push(
          "Check that the requests of the pods already running match their real usage (kubectl top pods): over-requested pods waste capacity.",
        );
      }
      return {
        id: "pending-insufficient-resources",
        summary: `Pod cannot be scheduled: insufficient ${resources.join(", ")}`,
        evidence,
        cause: causes.join(" "),
        confirm: [
          ...confirmBase,
          "kubectl top nodes",
          `az aks nodepool list --resource-group ${rg} --cluster-name ${cluster} --query "[].{name:name, count:count, min:minCount, max:maxCount, vmSize:vmSize}" --output table`,
        ],
        fix,
        source: `${PENDING_SOURCE} (kubectl describe pod, kubectl top nodes, az aks nodepool scale)`,
      };
    }
    case "untolerated-taint": {
      const evidence: Evidence[] = [];
      const causes: string[] = [];
      const fix: string[] = [];
      for (const r of reasons) {
        const key = r.taintKey ?? "";
        const tainted = pools.filter((p) =>
          p.taints.some((t) => t.startsWith(`${key}=`) || t.startsWith(`${key}:`)),
        );
        for (const p of tainted)
          evidence.push({ field: `node pool ${p.name} taints`, value: p.taints.join(" ") });
        if (key === "node.kubernetes.io/not-ready" || key === "node.kubernetes.io/unreachable") {
          causes.push(`${r.nodes ?? "Some"} node(s) are not ready (taint ${key}); see the node diagnoses.`);
          fix.push(
            "Fix the NotReady nodes first (see their diagnoses); the pod schedules once they recover.",
          );
          continue;
        }
        const taint = tainted[0]?.taints.find((t) => t.startsWith(`${key}=`) || t.startsWith(`${key}:`));
        const effect = taint?.split(":").pop() || "NoSchedule";
        const poolNames = tainted.map((p) => p.name).join(", ") || "some pools";
        if (key === "CriticalAddonsOnly") {
          causes.push(
            `${r.nodes ?? "Some"} node(s) of the system pool (${poolNames}) only take critical add-ons (CriticalAddonsOnly), and the pod does not tolerate it.`,
          );
          fix.push(
            `Schedule application pods on a user pool: az aks nodepool add --resource-group ${ctx.resourceGroup} --cluster-name ${ctx.clusterName} --name apps --mode User`,
          );
          continue;
        }
        causes.push(
          `${r.nodes ?? "Some"} node(s) in ${poolNames} carry the taint ${key}${r.taintValue ? `=${r.taintValue}` : ""}:${effect} and the pod has no matching toleration.`,
        );
        fix.push(
          `If the pod belongs on ${poolNames}, add to its template: tolerations: [{key: "${key}", operator: "Equal", value: "${r.taintValue ?? ""}", effect: "${effect}"}]${key.includes("scalesetpriority") || r.taintValue === "spot" ? " (spot nodes can be evicted at any time: only for interruptible work)" : ""}`,
          "Otherwise nothing is wrong with the taint; the pod needs room on the untainted pools (see any insufficient-resources diagnosis).",
        );
      }
      return {
        id: "pending-untolerated-taint",
        summary: `Pod cannot be scheduled: ${reasons.map((r) => r.text).join("; ")}`,
        evidence: [
          ...evidence,
          { field: "spec.tolerations", value: JSON.stringify(pod.spec?.tolerations ?? []) },
        ],
        cause: causes.join(" "),
        confirm: [
          ...confirmBase,
          `kubectl get nodes -o custom-columns=NAME:.metadata.name,POOL:.metadata.labels.kubernetes\\.azure\\.com/agentpool,TAINTS:.spec.taints`,
        ],
        fix,
        source: `${PENDING_SOURCE}; ${SEED.dayTwo002} "User pool defined … for surge and taints"`,
      };
    }
    case "node-selector-mismatch": {
      const evidence: Evidence[] = [];
      const causes: string[] = [];
      const fix: string[] = [];
      for (const [key, value] of Object.entries(pod.spec?.nodeSelector ?? {}).sort()) {
        evidence.push({ field: `spec.nodeSelector["${key}"]`, value });
        const seen = [
          ...new Set(
            snap.nodes.map((n) => n.metadata?.labels?.[key]).filter((v): v is string => v !== undefined),
          ),
        ].sort();
        if (!seen.includes(value)) {
          causes.push(
            `No node has the label ${key}=${value}; ${seen.length ? `the nodes have ${key} = ${seen.join(", ")}` : `no node has a ${key} label at all`}.`,
          );
        }
      }
      const terms =
        pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ??
        [];
      terms.forEach((t, i) =>
        (t.matchExpressions ?? []).forEach((e, j) => {
          evidence.push({
            field: `spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[${i}].matchExpressions[${j}]`,
            value: `${e.key} ${e.operator} [${(e.values ?? []).join(", ")}]`,
          });
          const seen = [
            ...new Set(
              snap.nodes
                .map((n) => n.metadata?.labels?.[e.key ?? ""])
                .filter((v): v is string => v !== undefined),
            ),
          ].sort();
          if (e.operator === "In" && !(e.values ?? []).some((v) => seen.includes(v))) {
            causes.push(
              `Required node affinity ${e.key} In [${(e.values ?? []).join(", ")}] matches no node; the nodes have ${e.key} = ${seen.join(", ") || "(none)"}.`,
            );
          }
        }),
      );
      if (causes.length === 0)
        causes.push(
          `The pod's node selector or required node affinity excludes ${nodeCount(reasons)} node(s), and the nodes it does match are full or tainted.`,
        );
      fix.push(
        `Correct the selector to a label the pools carry (pools: ${pools.map((p) => p.name).join(", ") || "none seen"}), or`,
        `add a pool carrying the label: az aks nodepool add --resource-group ${ctx.resourceGroup} --cluster-name ${ctx.clusterName} --name <pool> --labels <key>=<value>`,
      );
      return {
        id: "pending-node-selector",
        summary: "Pod cannot be scheduled: its node selector or affinity matches no usable node",
        evidence,
        cause: causes.join(" "),
        confirm: [...confirmBase, "kubectl get nodes --show-labels"],
        fix,
        source: PENDING_SOURCE,
      };
    }
    case "unbound-pvc":
    case "pvc-not-found": {
      const evidence: Evidence[] = [];
      const causes: string[] = [];
      const claims = (pod.spec?.volumes ?? [])
        .map((v) => v.persistentVolumeClaim?.claimName)
        .filter((c): c is string => !!c);
      for (const claim of claims) {
        const pvc = snap.pvcs.find(
          (p) => p.metadata?.name === claim && p.metadata?.namespace === pod.metadata?.namespace,
        );
        if (!pvc) {
          causes.push(
            `PersistentVolumeClaim ${claim} ${kind === "pvc-not-found" ? "does not exist" : "is not in the input (add `kubectl get pvc -A -o json`)"}.`,
          );
          continue;
        }
        evidence.push({
          field: `PersistentVolumeClaim ${claim} status.phase`,
          value: pvc.status?.phase ?? "(none)",
        });
        evidence.push({
          field: `PersistentVolumeClaim ${claim} spec.storageClassName`,
          value: pvc.spec?.storageClassName ?? "(default)",
        });
        const pe = snap
          .eventsFor("PersistentVolumeClaim", pod.metadata?.namespace, claim)
          .find((e) => e.type === "Warning");
        if (pe) evidence.push(eventEvidence(pe));
        if (pvc.status?.phase !== "Bound") {
          causes.push(
            pe
              ? `PersistentVolumeClaim ${claim} is ${pvc.status?.phase ?? "unbound"}: ${eventMessage(pe)}`
              : `PersistentVolumeClaim ${claim} is ${pvc.status?.phase ?? "unbound"}: no volume was provisioned for it (storage class ${pvc.spec?.storageClassName ?? "default"}).`,
          );
        }
      }
      if (causes.length === 0)
        causes.push("A PersistentVolumeClaim the pod mounts is not bound to a volume yet.");
      return {
        id: "pending-unbound-pvc",
        summary: "Pod cannot be scheduled: a PersistentVolumeClaim it mounts is not bound",
        evidence,
        cause: causes.join(" "),
        confirm: [
          describePod(pod),
          ...claims.map((c) => `kubectl describe pvc ${c} ${ns(pod)}`),
          "kubectl get storageclass",
        ],
        fix: [
          "Create the claim or correct claimName; use an AKS storage class that exists (managed-csi, managed-csi-premium, azurefile-csi).",
          "If provisioning fails, fix what the PVC event names (quota, disk SKU not offered in the zone, CSI driver identity).",
        ],
        source: `${PENDING_SOURCE}; kubernetes.io "Persistent Volumes"`,
      };
    }
    case "too-many-pods": {
      // One line per pool the pod may use: max pods per node and how full its nodes are.
      const evidence: Evidence[] = pools
        .filter((p) => p.nodes.some((n) => toleratesNode(pod, n)))
        .map((p) => {
          const counts = p.nodes.map((n) => snap.podCountOnNode(nameOf(n)));
          return {
            field: `node pool ${p.name} status.allocatable.pods`,
            value: `${p.maxAllocatable.pods} per node on ${p.nodes.length} node(s); pods on them in the input: ${counts.reduce((t, c) => t + c, 0)}`,
          };
        });
      return {
        id: "pending-max-pods",
        summary: "Pod cannot be scheduled: nodes reached their maximum pods per node",
        evidence,
        cause: `${nodeCount(reasons)} node(s) already run their maximum number of pods (the pool's maxPods), even if CPU and memory are free.`,
        confirm: [...confirmBase, "kubectl get pods -A -o wide | awk '{print $8}' | sort | uniq -c"],
        fix: [
          `Scale the pool out, or add a pool with a higher --max-pods (it cannot be changed on an existing pool): az aks nodepool add --resource-group ${rg} --cluster-name ${cluster} --name <pool> --max-pods 110`,
          "With classic Azure CNI each node takes 1 + maxPods addresses from the node subnet: check the subnet has room first (akskit plan).",
        ],
        source: `${SEED.operations001} "Check pods per node"; ${SEED.baseline003} "Each node supports up to 250 pods"`,
      };
    }
    case "volume-zone-conflict": {
      const evidence: Evidence[] = pools.map((p) => ({
        field: `node pool ${p.name} zones`,
        value: p.zones.join(", ") || "(no zone)",
      }));
      const claims = (pod.spec?.volumes ?? [])
        .map((v) => v.persistentVolumeClaim?.claimName)
        .filter((c): c is string => !!c);
      for (const c of claims)
        evidence.push({ field: "spec.volumes[].persistentVolumeClaim.claimName", value: c });
      return {
        id: "pending-zone-conflict",
        summary: "Pod cannot be scheduled: its volume is in a zone where no node has room",
        evidence,
        cause: `Azure Disks are zonal: the pod's persistent volume lives in one availability zone, and ${nodeCount(reasons)} node(s) are in other zones. The nodes of the volume's zone are full or absent.`,
        confirm: [
          describePod(pod),
          ...claims.map(
            (c) =>
              `kubectl get pv $(kubectl get pvc ${c} ${ns(pod)} -o jsonpath='{.spec.volumeName}') -o jsonpath='{.spec.nodeAffinity}'`,
          ),
          `kubectl get nodes -L topology.kubernetes.io/zone`,
        ],
        fix: [
          "Give the volume's zone capacity: with the cluster autoscaler, use one pool per zone (or --balance-similar-node-groups) so each zone can grow.",
          "For new volumes, use a zone-redundant disk storage class (skuName Premium_ZRS or StandardSSD_ZRS) with volumeBindingMode WaitForFirstConsumer.",
        ],
        source: `${SEED.baseline003} "availability zones"; kubernetes.io "Running in multiple zones"`,
      };
    }
    case "unschedulable-nodes": {
      const cordoned = snap.nodes.filter((n) => n.spec?.unschedulable);
      return {
        id: "pending-cordoned-nodes",
        summary: "Pod cannot be scheduled: nodes are cordoned",
        evidence: cordoned.map((n) => ({ field: `node ${nameOf(n)} spec.unschedulable`, value: "true" })),
        cause: `${nodeCount(reasons)} node(s) are cordoned (spec.unschedulable): an upgrade or a manual drain is in progress or was left unfinished.`,
        confirm: [
          "kubectl get nodes",
          `az aks show --resource-group ${rg} --name ${cluster} --query provisioningState --output tsv`,
        ],
        fix: [
          "If an upgrade is running, wait for it to finish; its surge nodes take the pods.",
          `Otherwise uncordon the nodes: ${cordoned.length ? cordoned.map((n) => `kubectl uncordon ${nameOf(n)}`).join("; ") : "kubectl uncordon <node>"}`,
        ],
        source: `${SEED.baseline003} "cordoned and drained"; ${SEED.dayTwo002} "Drains scripted during upgrades"`,
      };
    }
    case "node-ports":
      return {
        id: "pending-host-port",
        summary: "Pod cannot be scheduled: the host port it asks for is taken on every node",
        evidence: [],
        cause: `${nodeCount(reasons)} node(s) already have a pod using the same hostPort.`,
        confirm: confirmBase,
        fix: ["Remove hostPort (use a Service) or run fewer replicas than nodes."],
        source: PENDING_SOURCE,
      };
    case "topology-spread":
    case "pod-anti-affinity":
    case "pod-affinity":
      return {
        id: "pending-topology",
        summary: `Pod cannot be scheduled: ${reasons.map((r) => r.text).join("; ")}`,
        evidence: pools.map((p) => ({
          field: `node pool ${p.name}`,
          value: `${p.nodes.length} node(s) in zones ${p.zones.join(", ") || "(none)"}`,
        })),
        cause: `The pod's ${kind === "topology-spread" ? "topology spread constraints" : kind === "pod-anti-affinity" ? "required pod anti-affinity" : "required pod affinity"} rule out ${nodeCount(reasons)} node(s): there are more replicas than zones or nodes that satisfy it.`,
        confirm: [
          ...confirmBase,
          "kubectl get nodes -L topology.kubernetes.io/zone,kubernetes.azure.com/agentpool",
        ],
        fix: [
          "Add nodes in the missing zones (pool with --zones 1 2 3), or",
          "relax the rule: whenUnsatisfiable: ScheduleAnyway, or preferredDuringScheduling instead of required.",
        ],
        source: `${SEED.baseline003} "availability zones"`,
      };
    default:
      return {
        id: "pending-other",
        summary: `Pod cannot be scheduled: ${reasons.map((r) => r.text).join("; ")}`,
        evidence: [],
        cause: `The scheduler rejects ${nodeCount(reasons) || "the"} node(s) for the reason quoted above.`,
        confirm: confirmBase,
        fix: ["Act on the scheduler's reason; `kubectl describe pod` shows the full message."],
        source: PENDING_SOURCE,
      };
  }
}
