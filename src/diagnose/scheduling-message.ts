/**
 * Parses the scheduler's FailedScheduling message:
 * "0/6 nodes are available: 3 Insufficient cpu, 3 node(s) had untolerated taint {spot: true}. preemption: …"
 */

export type SchedulingReasonKind =
  | "insufficient-resource"
  | "untolerated-taint"
  | "node-selector-mismatch"
  | "unbound-pvc"
  | "pvc-not-found"
  | "too-many-pods"
  | "volume-zone-conflict"
  | "unschedulable-nodes"
  | "topology-spread"
  | "pod-anti-affinity"
  | "pod-affinity"
  | "node-ports"
  | "other";

export interface SchedulingReason {
  kind: SchedulingReasonKind;
  /** How many nodes gave this reason; undefined for pod-level reasons ("pod has unbound … claims"). */
  nodes: number | undefined;
  /** The reason as the scheduler wrote it. */
  text: string;
  /** For insufficient-resource: `cpu`, `memory`, `ephemeral-storage`, `nvidia.com/gpu`. */
  resource?: string;
  /** For untolerated-taint: the taint key and value. */
  taintKey?: string;
  taintValue?: string;
}

export interface SchedulingMessage {
  available: number | undefined;
  total: number | undefined;
  reasons: SchedulingReason[];
}

export function parseSchedulingMessage(message: string): SchedulingMessage {
  // Drop the preemption part: it repeats the counts and never names a cause.
  const main = message.split(/\.?\s*preemption:/)[0] ?? message;
  const head = /^\s*(\d+)\/(\d+) nodes are available:?\s*(.*)$/s.exec(main);
  const body = (head ? head[3]! : main).trim().replace(/\.$/, "");
  const parts = body === "" ? [] : body.split(/,\s+(?=\d+\s)|\.\s+(?=\d+\s)/);
  return {
    available: head ? Number(head[1]) : undefined,
    total: head ? Number(head[2]) : undefined,
    reasons: parts.map((p) => classify(p.trim())),
  };
}

function classify(part: string): SchedulingReason {
  const m = /^(\d+)\s+(.*)$/s.exec(part);
  const nodes = m ? Number(m[1]) : undefined;
  const text = (m ? m[2]! : part).trim();
  const insufficient = /^Insufficient (\S+)$/.exec(text);
  if (insufficient) return { kind: "insufficient-resource", nodes, text, resource: insufficient[1]! };
  const taint = /had (?:untolerated )?taint \{([^:}]*):?\s*([^}]*)\}/.exec(text);
  if (taint) {
    return {
      kind: "untolerated-taint",
      nodes,
      text,
      taintKey: taint[1]!.trim(),
      taintValue: taint[2]!.trim(),
    };
  }
  if (/didn't match Pod's node affinity\/selector|didn't match node selector/.test(text)) {
    return { kind: "node-selector-mismatch", nodes, text };
  }
  if (/unbound immediate PersistentVolumeClaims|unbound PersistentVolumeClaims/.test(text)) {
    return { kind: "unbound-pvc", nodes, text };
  }
  if (/persistentvolumeclaim ".*" not found/.test(text)) return { kind: "pvc-not-found", nodes, text };
  if (/^Too many pods$/.test(text)) return { kind: "too-many-pods", nodes, text };
  if (/volume node affinity conflict|had volume node affinity conflict/.test(text)) {
    return { kind: "volume-zone-conflict", nodes, text };
  }
  if (/were unschedulable/.test(text)) return { kind: "unschedulable-nodes", nodes, text };
  if (/topology spread constraints/.test(text)) return { kind: "topology-spread", nodes, text };
  if (/anti-affinity/.test(text)) return { kind: "pod-anti-affinity", nodes, text };
  if (/pod affinity/.test(text)) return { kind: "pod-affinity", nodes, text };
  if (/free ports/.test(text)) return { kind: "node-ports", nodes, text };
  return { kind: "other", nodes, text };
}
