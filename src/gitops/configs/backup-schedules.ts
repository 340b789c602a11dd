/**
 * Velero Schedules (velero.io/docs/main/api-types/schedule): the spec's cron and retention (TTL) for the
 * chosen namespaces, or every namespace the spec declares (seed 000 "Backup y disaster recovery").
 * One Schedule per namespace so a restore can target one team without touching others.
 */
import type { ClusterModel } from "../../model/types.js";
import type { VeleroSchedule } from "../crds.js";
import { platformLabels } from "../labels.js";

export function backupNamespaces(model: ClusterModel): string[] {
  const chosen = model.settings.backup.namespaces;
  return [...new Set(chosen.length > 0 ? chosen : model.namespaces.map((n) => n.name))].sort();
}

export function backupSchedules(model: ClusterModel): VeleroSchedule[] {
  const b = model.settings.backup;
  if (b.tool !== "velero") return [];
  return backupNamespaces(model).map((ns) => ({
    apiVersion: "velero.io/v1",
    kind: "Schedule",
    metadata: { name: `daily-${ns}`, namespace: "velero", labels: platformLabels(model) },
    spec: {
      schedule: b.schedule,
      useOwnerReferencesInBackup: false,
      template: {
        includedNamespaces: [ns],
        ttl: b.retention,
        storageLocation: "default",
        snapshotVolumes: true,
        volumeSnapshotLocations: ["default"],
      },
    },
  }));
}
