import { describe, expect, it } from "vitest";
import { backupSchedules } from "../../../src/gitops/configs/backup-schedules.js";
import { clusterFrom } from "../helpers.js";

const spec = (backup: string) => `  preset: production
  location: westeurope
  backup: ${backup}
  namespaces:
    - { name: shop, team: web }
    - { name: batch, team: data }
`;

describe("Velero Schedules", () => {
  it("one per declared namespace with the spec's cron and retention", () => {
    const s = backupSchedules(clusterFrom(spec('{ tool: velero, schedule: "0 3 * * *", retention: 168h }')));
    expect(s.map((x) => x.metadata.name)).toEqual(["daily-batch", "daily-shop"]);
    expect(s[1]).toEqual({
      apiVersion: "velero.io/v1",
      kind: "Schedule",
      metadata: { name: "daily-shop", namespace: "velero", labels: expect.any(Object) as unknown },
      spec: {
        schedule: "0 3 * * *",
        useOwnerReferencesInBackup: false,
        template: {
          includedNamespaces: ["shop"],
          ttl: "168h",
          storageLocation: "default",
          snapshotVolumes: true,
          volumeSnapshotLocations: ["default"],
        },
      },
    });
  });

  it("only the chosen namespaces", () => {
    const s = backupSchedules(clusterFrom(spec("{ tool: velero, namespaces: [shop] }")));
    expect(s.map((x) => x.spec.template.includedNamespaces)).toEqual([["shop"]]);
  });

  it("none with the AKS backup extension or no backup", () => {
    expect(backupSchedules(clusterFrom(spec("{ tool: aks-backup }")))).toEqual([]);
    expect(backupSchedules(clusterFrom(spec("{ tool: none }")))).toEqual([]);
  });
});
