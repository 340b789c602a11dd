/** Runs every diagnosis over a snapshot, in a fixed order, and sorts the result for stable output. */
import { diagnoseConfigErrors } from "./config-error.js";
import { diagnoseCrashLoop } from "./crashloop.js";
import { diagnoseCsiMounts } from "./csi-mount.js";
import { diagnoseEvicted } from "./evicted.js";
import { diagnoseHpas } from "./hpa.js";
import { diagnoseImagePull } from "./image-pull.js";
import { diagnoseIngresses } from "./ingress.js";
import type { KubeObject } from "./kube.js";
import { diagnoseNodes } from "./nodes.js";
import { diagnosePending } from "./pending.js";
import { diagnoseProbes } from "./probes.js";
import { diagnoseServices } from "./services.js";
import { buildSnapshot, type Snapshot } from "./snapshot.js";
import { DEFAULT_CONTEXT, type ClusterContext, type Diagnosis } from "./types.js";

export type Diagnoser = (snap: Snapshot, ctx: ClusterContext) => Diagnosis[];

/** Every diagnosis kind; order matters only for ties in the final sort. */
export const DIAGNOSERS: readonly Diagnoser[] = [
  diagnoseNodes,
  diagnosePending,
  diagnoseImagePull,
  diagnoseConfigErrors,
  diagnoseCsiMounts,
  diagnoseCrashLoop,
  diagnoseProbes,
  diagnoseEvicted,
  diagnoseServices,
  diagnoseIngresses,
  diagnoseHpas,
];

const KIND_ORDER: Record<string, number> = {
  Node: 0,
  Pod: 1,
  Service: 2,
  Ingress: 3,
  HorizontalPodAutoscaler: 4,
};

export interface DiagnoseResult {
  diagnoses: Diagnosis[];
  counts: { pods: number; nodes: number; events: number; services: number; hpas: number };
}

export function diagnose(objects: KubeObject[], ctx: ClusterContext = DEFAULT_CONTEXT): DiagnoseResult {
  const snap = buildSnapshot(objects);
  const found = DIAGNOSERS.flatMap((d, order) => d(snap, ctx).map((x) => ({ x, order })));
  found.sort((a, b) => {
    const ka = KIND_ORDER[a.x.object.kind] ?? 9;
    const kb = KIND_ORDER[b.x.object.kind] ?? 9;
    if (ka !== kb) return ka - kb;
    const na = `${a.x.object.namespace ?? ""}/${a.x.object.name}`;
    const nb = `${b.x.object.namespace ?? ""}/${b.x.object.name}`;
    if (na !== nb) return na < nb ? -1 : 1;
    return a.order - b.order;
  });
  return {
    diagnoses: found.map((f) => f.x),
    counts: {
      pods: snap.pods.length,
      nodes: snap.nodes.length,
      events: snap.events.length,
      services: snap.services.length,
      hpas: snap.hpas.length,
    },
  };
}
