import { describe, expect, it } from "vitest";
import { Kustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1/Kustomization";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { clusterVars } from "../../../src/gitops/clusters/cluster-vars.js";
import { fluxKustomization, stages } from "../../../src/gitops/clusters/kustomizations.js";
import { deployValues } from "../../../src/generate/deploy-values.js";
import { clusterFrom } from "../helpers.js";

const model = clusterFrom(`  preset: production
  location: westeurope
  gitops: { interval: 5m }
  namespaces: [{ name: shop, team: web }]
  workloads:
    - { name: web, namespace: shop, image: cr.example.io/web:1.0.0, port: 80, secrets: [a] }
`);

describe("clusters/<env>", () => {
  it("cluster-vars maps every deploy-time value to its substitution", () => {
    const cm = clusterVars(model);
    expect(() => new ConfigMap(cm).validate()).not.toThrow();
    expect(cm.metadata).toMatchObject({ name: "cluster-vars", namespace: "flux-system" });
    expect(Object.keys(cm.data!)).toEqual(deployValues(model).map((v) => v.name));
    expect(cm.data!.WI_WEB_CLIENT_ID).toBe("${WI_WEB_CLIENT_ID}");
  });

  it("controllers, then configs, then apps", () => {
    const s = stages(model);
    expect([...s.infrastructure, ...s.apps].map((x) => [x.name, x.path, x.dependsOn])).toEqual([
      ["infra-controllers", `./infrastructure/controllers/${model.environment}`, []],
      ["infra-configs", `./infrastructure/configs/${model.environment}`, ["infra-controllers"]],
      ["apps", `./apps/${model.environment}`, ["infra-configs"]],
    ]);
  });

  it("Gatekeeper constraints get their own stage after the templates; apps wait for it", () => {
    const gk = clusterFrom(
      "  preset: production\n  location: westeurope\n  policy: { engine: gatekeeper }\n",
    );
    const s = stages(gk);
    expect(s.infrastructure.map((x) => x.name)).toEqual([
      "infra-controllers",
      "infra-configs",
      "infra-constraints",
    ]);
    expect(s.apps[0]!.dependsOn).toEqual(["infra-configs", "infra-constraints"]);
  });

  it("each Kustomization prunes, waits, reads cluster-vars and follows GitRepository platform", () => {
    const k = fluxKustomization(model, stages(model).infrastructure[1]!);
    expect(() => new Kustomization(k).validate()).not.toThrow();
    expect(k.spec).toEqual({
      interval: "5m",
      retryInterval: "2m",
      timeout: "5m",
      path: `./infrastructure/configs/${model.environment}`,
      prune: true,
      wait: true,
      sourceRef: { kind: "GitRepository", name: "platform", namespace: "flux-system" },
      dependsOn: [{ name: "infra-controllers" }],
      postBuild: { substituteFrom: [{ kind: "ConfigMap", name: "cluster-vars" }] },
    });
  });
});
