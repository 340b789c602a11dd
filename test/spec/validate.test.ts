import { describe, expect, it } from "vitest";
import { BASE, diagnosticsOf, errorsOf } from "./helpers.js";

/** Inserts YAML lines under `spec:` (after location). */
function withSpec(lines: string): string {
  return BASE.replace("  location: westeurope\n", `  location: westeurope\n${lines}`);
}

describe("semantic validation", () => {
  it("reports overlapping ranges at the range the user wrote", () => {
    const d = errorsOf(withSpec("  network: { serviceCidr: 10.240.0.0/16, dnsServiceIp: 10.240.0.10 }\n"));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({
      code: "cidr-overlap",
      message: "the spoke address space 10.240.0.0/16 overlaps the service CIDR 10.240.0.0/16",
      location: { line: 7, column: 27, path: "spec.network.serviceCidr" },
    });
  });

  it("reports a reserved range overlapping the hub", () => {
    const d = errorsOf(withSpec("  network: { reservedRanges: [10.200.2.0/24] }\n"));
    expect(d[0]).toMatchObject({
      code: "cidr-overlap",
      location: { path: "spec.network.reservedRanges[0]" },
    });
    expect(d[0]!.message).toBe(
      "the hub address space 10.200.0.0/22 overlaps the reserved range 10.200.2.0/24",
    );
  });

  it("reports spokes of two environments that overlap", () => {
    const text = BASE.replace(
      "    prod: {}\n",
      "    dev: { network: { spokeAddressSpace: 10.241.0.0/16 } }\n    prod: { network: { spokeAddressSpace: 10.241.0.0/16 } }\n",
    );
    const d = errorsOf(text);
    expect(d.map((x) => x.message)).toContain(
      "the spokes of environments dev (10.241.0.0/16) and prod (10.241.0.0/16) overlap",
    );
  });

  it("gives each environment its own spoke when the spec sets one", () => {
    expect(errorsOf(BASE.replace("    prod: {}\n", "    dev: {}\n    qa: {}\n    prod: {}\n"))).toEqual([]);
  });

  it("checks the DNS service IP: inside the service CIDR and not its first address", () => {
    const outside = errorsOf(withSpec("  network: { dnsServiceIp: 10.1.0.10 }\n"));
    expect(outside[0]).toMatchObject({
      code: "dns-ip-outside-service-cidr",
      location: { line: 7, column: 28 },
    });
    const first = errorsOf(withSpec("  network: { dnsServiceIp: 10.0.0.1 }\n"));
    expect(first[0]).toMatchObject({ code: "dns-ip-reserved" });
  });

  it("rejects subnets outside the spoke and subnets that overlap each other", () => {
    const d = errorsOf(
      withSpec(
        "  network: { subnets: { ingress: 10.250.0.0/27, privateEndpoints: 10.240.0.0/24, userNodes: 10.240.0.0/22 } }\n",
      ),
    );
    expect(d.map((x) => x.code).sort()).toEqual(["cidr-overlap", "subnet-outside-vnet"]);
  });

  it("rejects Cilium without overlay, and Azure network policy with kubenet", () => {
    const cilium = errorsOf(withSpec("  network: { plugin: azure }\n"));
    expect(cilium[0]).toMatchObject({
      code: "unsupported-combination",
      location: {
        path: "spec.dataPlane (from preset production)".replace("spec.dataPlane", "spec.network.dataPlane"),
      },
    });
    const kubenet = diagnosticsOf(
      withSpec("  network: { plugin: kubenet, dataPlane: azure, networkPolicy: azure }\n"),
    );
    expect(kubenet.filter((x) => x.severity === "error").map((x) => x.message)).toEqual([
      "Azure Network Policy Manager does not support kubenet",
    ]);
    expect(kubenet.filter((x) => x.severity === "warning").map((x) => x.code)).toContain("legacy-kubenet");
  });

  it("rejects egress through a firewall that does not exist", () => {
    const d = errorsOf(withSpec("  network: { topology: standalone }\n"));
    expect(d[0]).toMatchObject({ code: "egress-without-firewall" });
  });

  it("rejects authorized IP ranges on a private API server and an open public one", () => {
    expect(errorsOf(withSpec("  apiServer: { authorizedIpRanges: [203.0.113.0/24] }\n"))[0]).toMatchObject({
      code: "unsupported-combination",
    });
    expect(errorsOf(withSpec("  apiServer: { access: public }\n"))[0]).toMatchObject({
      code: "public-api-server",
    });
    expect(
      errorsOf(withSpec("  apiServer: { access: public, authorizedIpRanges: [0.0.0.0/0] }\n"))[0],
    ).toMatchObject({ code: "public-api-server" });
  });

  it("checks node pool rules: a System pool, names, min <= max, spot pools are User pools", () => {
    const d = errorsOf(
      withSpec(
        [
          "  nodePools:",
          "    - { name: Apps_1, mode: User, vmSize: Standard_D4ds_v5, min: 4, max: 2 }",
          "    - { name: spot, mode: System, vmSize: Standard_D4ds_v5, min: 1, max: 3, priority: Spot }",
          "",
        ].join("\n"),
      ),
    );
    expect(d.map((x) => x.code).sort()).toEqual(["bad-node-pool-name", "min-above-max", "spot-system-pool"]);
    const noSystem = errorsOf(
      withSpec("  nodePools:\n    - { name: apps, mode: User, vmSize: Standard_D4ds_v5, min: 1, max: 2 }\n"),
    );
    expect(noSystem.map((x) => x.code)).toContain("no-system-pool");
  });

  it("rejects a classic CNI node subnet that fills before the autoscaler max (seed 004: /22, maxPods 110 → 9 nodes)", () => {
    const d = errorsOf(
      withSpec(
        [
          "  network: { plugin: azure, dataPlane: azure, networkPolicy: azure, subnets: { userNodes: 10.240.4.0/22 } }",
          "  nodePools:",
          "    - { name: system, mode: System, vmSize: Standard_D4ds_v5, min: 3, max: 3 }",
          '    - { name: apps, mode: User, vmSize: Standard_D8ds_v5, min: 3, max: 20, maxSurge: "1" }',
          "",
        ].join("\n"),
      ),
    );
    const tooSmall = d.find((x) => x.code === "subnet-too-small");
    expect(tooSmall?.message).toBe(
      "subnet snet-user-nodes 10.240.4.0/22 has 1019 usable addresses but needs 2331 at max scale (apps: (20 max + 1 surge) × 111); it fills after 9 nodes",
    );
    expect(tooSmall?.location.path).toBe("spec.network.subnets.userNodes");
  });

  it("rejects a pod CIDR too small for the node count (overlay: one /24 per node)", () => {
    const d = errorsOf(withSpec("  network: { podCidr: 10.244.0.0/22 }\n"));
    expect(d[0]).toMatchObject({ code: "pod-cidr-too-small" });
    expect(d[0]!.message).toBe(
      "pod CIDR 10.244.0.0/22 gives a /24 to each node and holds 4 nodes, but the pools reach 35 with surge",
    );
  });

  it("checks Azure name rules with the global uniqueness hint", () => {
    const badEnv = errorsOf(BASE.replace("    prod: {}\n", "    Prod-EU: {}\n"));
    expect(badEnv.map((x) => x.code)).toContain("bad-environment-name");
    const d = errorsOf(
      BASE.replace("metadata: { name: contoso }", "metadata: { name: contosoplatf }").replace(
        "    prod: {}\n",
        "    prodwest: {}\n",
      ),
    );
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({
      code: "bad-resource-name",
      location: { line: 3, column: 19, path: "metadata.name" },
    });
    expect(d[0]!.message).toBe('"amg-contosoplatf-prodwest" is 25 characters; grafana names must be 2–23');
    expect(d[0]!.hint).toContain("unique across all of Azure");
  });

  it("checks combinations of registry, monitoring and policy settings", () => {
    expect(errorsOf(withSpec("  registry: { sku: Standard }\n"))[0]).toMatchObject({
      code: "unsupported-combination",
      location: { path: "spec.registry.sku" },
    });
    expect(errorsOf(withSpec("  observability: { managedPrometheus: false }\n"))[0]).toMatchObject({
      code: "unsupported-combination",
    });
    expect(
      errorsOf(withSpec("  policy: { engine: gatekeeper, verifyImages: { enabled: true } }\n"))[0],
    ).toMatchObject({ code: "unsupported-combination" });
    expect(
      errorsOf(withSpec("  upgrades: { channel: node-image, nodeOsChannel: SecurityPatch }\n"))[0],
    ).toMatchObject({ code: "unsupported-combination" });
  });

  it("checks workload references: namespace, node pool, allowFrom, secrets", () => {
    const d = errorsOf(
      withSpec(
        [
          "  namespaces: [{ name: shop, team: shop }]",
          "  workloads:",
          "    - { name: api, namespace: shop, image: cr.azurecr.io/api:1.0.0, port: 80, nodePool: system, allowFrom: [web], secretEnv: { TOKEN: token } }",
          "    - { name: web, namespace: store, image: cr.azurecr.io/web:1.0.0, port: 80 }",
          "",
        ].join("\n"),
      ),
    );
    expect(d.map((x) => x.code).sort()).toEqual([
      "unknown-namespace",
      "unknown-secret",
      "workload-on-system-pool",
    ]);
  });

  it("reports a problem shared by environments once, naming them", () => {
    const d = diagnosticsOf(
      BASE.replace("ops@contoso.io", "ops@example.com").replace(
        "    prod: {}\n",
        "    qa: {}\n    prod: {}\n",
      ),
    );
    const placeholder = d.filter((x) => x.code === "placeholder-email");
    expect(placeholder).toHaveLength(1);
    expect(placeholder[0]!.message).toMatch(/\[environments qa, prod\]$/);
  });
});
