import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { appsTree, splitImage, stripPerEnvironment } from "../../../src/gitops/apps/overlay.js";
import { deployment } from "../../../src/gitops/apps/deployment.js";
import type { KustomizeConfig } from "../../../src/gitops/kustomization.js";
import { platformFrom, workload } from "../helpers.js";

const platform = platformFrom(`  preset: production
  location: westeurope
  environments:
    dev: { workloads: { web: { tag: 2.0.0-rc1, host: www.dev.contoso.example, replicas: { min: 1, max: 3 }, resources: { cpu: 50m } } } }
    prod: {}
  namespaces:
    - { name: shop, team: web }
  workloads:
    - { name: web, namespace: shop, image: cr.example.io/web:1.9.0, port: 8080, replicas: { min: 3, max: 9 }, ingress: { host: www.contoso.example } }
    - { name: cron, namespace: shop, image: cr.example.io/cron:1.0.0, port: 8080, replicas: { min: 2, max: 2 } }
`);
const files = appsTree(platform.clusters, "gitops");
const byPath = (p: string) => files.find((f) => f.path === p);
const overlay = (env: string) =>
  byPath(`gitops/apps/${env}/kustomization.yaml`)!.objects[0] as KustomizeConfig;

describe("apps base and overlays", () => {
  it("objects every environment has go to the base; a PDB only prod has goes to prod's overlay", () => {
    expect(files.map((f) => f.path)).toEqual([
      "gitops/apps/base/cron/deployment.yaml",
      "gitops/apps/base/cron/pdb.yaml",
      "gitops/apps/base/cron/service.yaml",
      "gitops/apps/base/cron/serviceaccount.yaml",
      "gitops/apps/base/cron/kustomization.yaml",
      "gitops/apps/prod/web/pdb.yaml",
      "gitops/apps/base/web/deployment.yaml",
      "gitops/apps/base/web/hpa.yaml",
      "gitops/apps/base/web/ingress.yaml",
      "gitops/apps/base/web/networkpolicy-ingress.yaml",
      "gitops/apps/base/web/service.yaml",
      "gitops/apps/base/web/serviceaccount.yaml",
      "gitops/apps/base/web/kustomization.yaml",
      "gitops/apps/dev/kustomization.yaml",
      "gitops/apps/prod/kustomization.yaml",
    ]);
    expect(overlay("prod").resources).toEqual(["../base/cron", "../base/web", "web/pdb.yaml"]);
    expect(overlay("dev").resources).toEqual(["../base/cron", "../base/web"]);
  });

  it("each overlay sets its image tag, fixed replicas and environment label", () => {
    expect(overlay("dev").images).toEqual([
      { name: "cr.example.io/cron", newTag: "1.0.0" },
      { name: "cr.example.io/web", newTag: "2.0.0-rc1" },
    ]);
    expect(overlay("prod").images).toEqual([
      { name: "cr.example.io/cron", newTag: "1.0.0" },
      { name: "cr.example.io/web", newTag: "1.9.0" },
    ]);
    expect(overlay("prod").replicas).toEqual([{ name: "cron", count: 2 }]);
    expect(overlay("prod").labels).toEqual([
      { pairs: { environment: "prod" }, includeSelectors: false, includeTemplates: true },
    ]);
  });

  it("patches the autoscaling range, resources and host per environment", () => {
    const patches = overlay("dev").patches!;
    const hpa = patches.find((p) => p.target.kind === "HorizontalPodAutoscaler" && p.target.name === "web")!;
    expect(parse(hpa.patch)).toEqual([
      {
        op: "add",
        path: "/metadata/annotations",
        value: {
          "akskit.dev/ignore": "workload/hpa-min-replicas",
          "akskit.dev/ignore-reason": "The spec sets replicas.min to 1 for environment dev.",
        },
      },
      { op: "add", path: "/spec/minReplicas", value: 1 },
      { op: "add", path: "/spec/maxReplicas", value: 3 },
      {
        op: "add",
        path: "/spec/metrics",
        value: [
          {
            type: "Resource",
            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
          },
        ],
      },
    ]);
    const dep = patches.find((p) => p.target.kind === "Deployment" && p.target.name === "web")!;
    expect(dep.target).toEqual({
      group: "apps",
      version: "v1",
      kind: "Deployment",
      name: "web",
      namespace: "shop",
    });
    expect(parse(dep.patch)).toEqual([
      {
        op: "add",
        path: "/spec/template/spec/containers/0/resources",
        value: {
          requests: { cpu: "50m", memory: "128Mi", "ephemeral-storage": "128Mi" },
          limits: { cpu: "500m", memory: "128Mi", "ephemeral-storage": "1Gi" },
        },
      },
    ]);
    const ing = patches.find((p) => p.target.kind === "Ingress")!;
    expect(parse(ing.patch)[1]).toEqual({
      op: "add",
      path: "/spec/tls",
      value: [{ hosts: ["www.dev.contoso.example"], secretName: "web-tls" }],
    });
  });

  it("strips exactly the per-environment values before comparing environments", () => {
    const m = platform.clusters[0]!;
    const d = stripPerEnvironment(deployment(m, workload(m, "web"))) as unknown as {
      spec: { replicas?: number; template: { spec: { containers: Record<string, unknown>[] } } };
    };
    expect(d.spec.replicas).toBeUndefined();
    expect(Object.keys(d.spec.template.spec.containers[0]!).sort()).toEqual([
      "livenessProbe",
      "name",
      "ports",
      "readinessProbe",
      "securityContext",
      "volumeMounts",
    ]);
  });
});

describe("image references", () => {
  it("splits repository, tag and digest", () => {
    expect(splitImage("cr.example.io/web:1.9.0")).toEqual({ name: "cr.example.io/web", tag: "1.9.0" });
    expect(splitImage("localhost:5000/a/b:2")).toEqual({ name: "localhost:5000/a/b", tag: "2" });
    expect(splitImage("cr.example.io/x@sha256:abc")).toEqual({
      name: "cr.example.io/x",
      digest: "sha256:abc",
    });
    expect(splitImage("cr.example.io/x:1@sha256:abc")).toEqual({
      name: "cr.example.io/x",
      tag: "1",
      digest: "sha256:abc",
    });
  });
});
