import { describe, expect, it } from "vitest";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2beta2/HelmRelease";
import { HelmRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1beta2/HelmRepository";
import { helmComponentObjects } from "../../../src/gitops/components/helm.js";
import { platformComponents } from "../../../src/gitops/components/index.js";
import { velero } from "../../../src/gitops/components/velero.js";
import type { HelmReleaseV2, HelmRepositoryV1 } from "../../../src/gitops/flux-types.js";
import { clusterFrom } from "../helpers.js";

const spec = (extra: string) => `  preset: production
  location: westeurope
${extra}`;

describe("platform components", () => {
  it("production preset: cert-manager, Kyverno, Velero", () => {
    const m = clusterFrom(spec(""));
    expect(platformComponents(m).map((c) => [c.name, c.namespace, c.chart.chart, c.chart.version])).toEqual([
      ["cert-manager", "cert-manager", "cert-manager", "v1.19.1"],
      ["kyverno", "kyverno", "kyverno", "3.7.2"],
      ["velero", "velero", "velero", "11.4.0"],
    ]);
  });

  it("self-managed ingress, Gatekeeper without the Azure Policy add-on, self-hosted Prometheus", () => {
    const m = clusterFrom(
      spec(`  ingress: { controller: nginx }
  policy: { engine: gatekeeper, azurePolicy: none }
  observability: { selfHostedPrometheus: true, managedPrometheus: false, grafana: false }
  backup: { tool: none }
`),
    );
    expect(platformComponents(m).map((c) => c.name)).toEqual([
      "cert-manager",
      "gatekeeper",
      "ingress-nginx",
      "kube-prometheus-stack",
    ]);
  });

  it("no Gatekeeper chart when the Azure Policy add-on brings its own; no cert-manager without ingress", () => {
    const m = clusterFrom(
      spec("  policy: { engine: gatekeeper, azurePolicy: baseline }\n  ingress: { controller: none }\n"),
    );
    expect(platformComponents(m).map((c) => c.name)).toEqual(["velero"]);
  });

  it("a component is a namespace, a HelmRepository and a HelmRelease with a pinned chart", () => {
    const m = clusterFrom(spec(""));
    const [ns, repo, release] = helmComponentObjects(m, velero(m)) as [
      unknown,
      HelmRepositoryV1,
      HelmReleaseV2,
    ];
    expect(ns).toMatchObject({ kind: "Namespace", metadata: { name: "velero" } });
    expect(() => new HelmRepository({ metadata: repo.metadata, spec: repo.spec }).validate()).not.toThrow();
    expect(() =>
      new HelmRelease({ metadata: release.metadata, spec: release.spec }).validate(),
    ).not.toThrow();
    expect(repo).toMatchObject({
      apiVersion: "source.toolkit.fluxcd.io/v1",
      spec: { url: "https://vmware-tanzu.github.io/helm-charts", interval: "1h" },
    });
    expect(release.apiVersion).toBe("helm.toolkit.fluxcd.io/v2");
    expect(release.spec!.chart).toEqual({
      spec: {
        chart: "velero",
        version: "11.4.0",
        sourceRef: { kind: "HelmRepository", name: "vmware-tanzu" },
        interval: "1h",
      },
    });
    expect(release.spec!.install).toEqual({ crds: "CreateReplace", remediation: { retries: 3 } });
  });

  it("Velero authenticates with Workload Identity through deploy-time values", () => {
    const values = velero(clusterFrom(spec(""))).values as {
      podLabels: Record<string, string>;
      serviceAccount: { server: { name: string; annotations: Record<string, string> } };
      configuration: { backupStorageLocation: { config: Record<string, string> }[] };
    };
    expect(values.podLabels).toEqual({ "azure.workload.identity/use": "true" });
    expect(values.serviceAccount.server).toEqual({
      name: "velero",
      annotations: { "azure.workload.identity/client-id": "${VELERO_CLIENT_ID}" },
    });
    expect(values.configuration.backupStorageLocation[0]!.config).toEqual({
      resourceGroup: "${BACKUP_RESOURCE_GROUP}",
      storageAccount: "${BACKUP_STORAGE_ACCOUNT}",
      subscriptionId: "${AZURE_SUBSCRIPTION_ID}",
      useAAD: "true",
    });
  });
});

describe("platform component namespaces", () => {
  it("carry an audit suppression with its reason for the namespace rules a chart cannot meet", () => {
    const m = clusterFrom(
      spec("  observability: { selfHostedPrometheus: true, managedPrometheus: false, grafana: false }\n"),
    );
    const kps = platformComponents(m).find((c) => c.name === "kube-prometheus-stack")!;
    const ns = helmComponentObjects(m, kps)[0] as { metadata: { annotations: Record<string, string> } };
    expect(ns.metadata.annotations["akskit.dev/ignore"]).toBe(
      "cross/default-deny-ingress,cross/default-deny-egress,cross/resource-quota,cross/limit-range,security/namespace-psa,security/namespace-psa-restricted",
    );
    expect(ns.metadata.annotations["akskit.dev/ignore-reason"]).toContain("node-exporter");
    const cm = helmComponentObjects(
      m,
      platformComponents(m).find((c) => c.name === "cert-manager")!,
    )[0] as {
      metadata: { annotations: Record<string, string>; labels: Record<string, string> };
    };
    expect(cm.metadata.annotations["akskit.dev/ignore"]).not.toContain("namespace-psa");
    expect(cm.metadata.labels["pod-security.kubernetes.io/enforce"]).toBe("restricted");
  });
});
