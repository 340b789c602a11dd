/** The small pure helpers of the Terraform target, with literal cases. */
import { describe, expect, it } from "vitest";
import { dailyTime, retentionDays } from "../../../src/azure/terraform/backup.js";
import { gitopsBranch, gitopsPath, seconds } from "../../../src/azure/terraform/gitops.js";
import { aksRequiredFqdns, monitoringFqdns, platformFqdns } from "../../../src/azure/terraform/hub.js";
import { identityWorkloads, workloadRoles } from "../../../src/azure/terraform/identity.js";
import { countFor, optionalBlock, ref, TfModule } from "../../../src/azure/terraform/module.js";
import { ingressPrivateIp, nsgRules } from "../../../src/azure/terraform/network.js";
import { allowedImagesRegex } from "../../../src/azure/terraform/policy.js";
import { examplePlatform, presetPlatform } from "./fixtures.js";

describe("backup schedule", () => {
  it("reads the time of a daily cron and falls back to 02:00", () => {
    expect(dailyTime("0 2 * * *")).toBe("02:00");
    expect(dailyTime("30 23 * * *")).toBe("23:30");
    expect(dailyTime("0 2 * * 1")).toBe("02:00");
  });
  it("turns a Go duration into whole days, at least one", () => {
    expect(retentionDays("720h")).toBe(30);
    expect(retentionDays("2160h")).toBe(90);
    expect(retentionDays("36h")).toBe(2);
    expect(retentionDays("30m")).toBe(1);
  });
});

describe("gitops values", () => {
  it("turns Go durations into seconds", () => {
    expect(seconds("10m")).toBe(600);
    expect(seconds("1h30m")).toBe(5400);
    expect(seconds("45s")).toBe(45);
  });
  it("uses ./clusters/<env> and the spec branch, or env/<env> per environment", async () => {
    const prod = (await examplePlatform("examples/production.yaml")).clusters.find(
      (c) => c.environment === "prod",
    )!;
    expect(gitopsPath(prod)).toBe("./clusters/prod");
    expect(gitopsBranch(prod)).toBe("main");
    const perEnv = {
      ...prod,
      settings: {
        ...prod.settings,
        gitops: { ...prod.settings.gitops, layout: "branch-per-environment" as const },
      },
    };
    expect(gitopsBranch(perEnv)).toBe("env/prod");
  });
});

describe("firewall FQDNs", () => {
  it("lists the AKS required FQDNs for the region", () => {
    expect(aksRequiredFqdns("westeurope")).toEqual([
      "*.hcp.westeurope.azmk8s.io",
      "mcr.microsoft.com",
      "*.data.mcr.microsoft.com",
      "mcr-0001.mcr-msedge.net",
      "management.azure.com",
      "login.microsoftonline.com",
      "packages.microsoft.com",
      "acs-mirror.azureedge.net",
      "packages.aks.azure.com",
    ]);
  });
  it("adds monitoring, policy, Defender and the platform's own endpoints", async () => {
    const prod = (await examplePlatform("examples/production.yaml")).clusters.find(
      (c) => c.environment === "prod",
    )!;
    expect(monitoringFqdns(prod)).toContain("*.metrics.ingest.monitor.azure.com");
    expect(monitoringFqdns(prod)).toContain("data.policy.core.windows.net");
    expect(monitoringFqdns(prod)).toContain("*.cloud.defender.microsoft.com");
    expect(platformFqdns(prod)).toEqual([
      "*.ingestion.msftcloudes.com",
      "*.microsoftmetrics.com",
      "*.vault.azure.net",
      "arcmktplaceprod.azurecr.io",
      "cralgestaprod.azurecr.io",
      "cralgestaprod.northeurope.data.azurecr.io",
      "cralgestaprod.westeurope.data.azurecr.io",
      "github.com",
      "westeurope.dp.kubernetesconfiguration.azure.com",
    ]);
  });
});

describe("workload identities", () => {
  it("gives an identity to workloads with roles or secrets, and Key Vault Secrets User for secrets", async () => {
    const prod = (await examplePlatform("examples/production.yaml")).clusters.find(
      (c) => c.environment === "prod",
    )!;
    expect(identityWorkloads(prod).map((w) => w.name)).toEqual(["api-gateway", "orders", "notifications"]);
    const orders = prod.workloads.find((w) => w.name === "orders")!;
    expect(workloadRoles(orders)).toEqual([{ role: "Key Vault Secrets User", scope: "keyVault" }]);
    const secretsOnly = { ...orders, identity: undefined };
    expect(workloadRoles(secretsOnly)).toEqual([{ role: "Key Vault Secrets User", scope: "keyVault" }]);
    const none = { ...orders, identity: undefined, secrets: [] };
    expect(workloadRoles(none)).toEqual([]);
  });
});

describe("module gates", () => {
  it("declares a switch only when environments disagree", async () => {
    const platform = await examplePlatform("examples/production.yaml");
    const mod = new TfModule(platform.clusters);
    const all = mod.gate("always", "x", () => true);
    const none = mod.gate("never", "x", () => false);
    const some = mod.gate("dev_only", "Only dev.", (m) => m.environment === "dev");
    expect(all).toEqual({ presence: "all" });
    expect(none).toEqual({ presence: "none" });
    expect(some).toEqual({ presence: "some", variable: "dev_only" });
    expect(mod.variables().map((v) => v.name)).toEqual(["dev_only"]);
    expect(mod.variables()[0]!.value(platform.clusters[0]!)).toBe(true);
    expect(countFor(all)).toEqual([]);
    expect(countFor(some)).toEqual([
      { kind: "attribute", name: "count", value: expect.objectContaining({ text: "var.dev_only ? 1 : 0" }) },
    ]);
    expect(ref(all, "azurerm_key_vault.this", "id")).toBe("azurerm_key_vault.this.id");
    expect(ref(some, "azurerm_key_vault.this", "id")).toBe("one(azurerm_key_vault.this[*].id)");
    expect(optionalBlock(none, "oms_agent", [])).toEqual([]);
    expect(optionalBlock(all, "oms_agent", [])).toEqual([
      { kind: "block", type: "oms_agent", labels: [], body: [] },
    ]);
    expect(optionalBlock(some, "oms_agent", [])[0]).toMatchObject({ type: "dynamic", labels: ["oms_agent"] });
  });

  it("refuses one variable name declared with two types", () => {
    const mod = new TfModule([presetPlatform("dev").clusters[0]!]);
    mod.variable({ name: "x", type: "string", description: "x", value: () => "a" });
    expect(() => mod.variable({ name: "x", type: "number", description: "x", value: () => 1 })).toThrow(
      /different types/,
    );
  });
});

describe("network values", () => {
  it("opens the Application Gateway subnet to GatewayManager and web traffic", () => {
    expect(
      nsgRules("applicationGateway").map(
        (r) => `${r.name} ${r.source_address_prefix} ${r.destination_port_ranges.join(",")}`,
      ),
    ).toEqual([
      "AllowGatewayManager GatewayManager 65200-65535",
      "AllowHttpsInbound Internet 443,80",
      "AllowAzureLoadBalancer AzureLoadBalancer *",
    ]);
    expect(nsgRules("systemNodes")).toEqual([]);
  });
  it("puts the ingress load balancer on the first usable address of snet-ingress", async () => {
    const prod = (await examplePlatform("examples/production.yaml")).clusters.find(
      (c) => c.environment === "prod",
    )!;
    const ingress = prod.network.spokeSubnets.find((s) => s.key === "ingress")!;
    expect(ingress.cidr).toBe("10.242.3.0/27");
    expect(ingressPrivateIp(prod)).toBe("10.242.3.4");
  });
});

describe("allowed images", () => {
  it("allows the platform registry and the spec's registries, escaped and sorted", async () => {
    const prod = (await examplePlatform("examples/production.yaml")).clusters.find(
      (c) => c.environment === "prod",
    )!;
    expect(allowedImagesRegex(prod)).toBe("^(cralgestaprod\\.azurecr\\.io|mcr\\.microsoft\\.com)/.+$");
    expect(new RegExp(allowedImagesRegex(prod)).test("cralgestaprod.azurecr.io/orders:2.3.0")).toBe(true);
    expect(new RegExp(allowedImagesRegex(prod)).test("docker.io/library/nginx:1")).toBe(false);
  });
});
