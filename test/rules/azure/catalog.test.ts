/**
 * The Azure rule catalog itself (STYLE.md habit 2): the registry equals the rule files on disk, ids
 * match file paths, and every rule's metadata is complete enough to generate its docs page.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AZURE_RULES } from "../../../src/rules/azure-rules.js";
import { PILLARS, RULE_LEVELS, SEVERITIES } from "../../../src/rules/types.js";

const ROOT = join(import.meta.dirname, "../../../src/rules/azure");
const DOMAINS = ["cluster", "nodepool", "network", "azure"] as const;

/** Every Azure-side rule id, literally: a rule added or removed must be added or removed here too. */
const EXPECTED_IDS = [
  "azure/acr-admin-user-disabled",
  "azure/acr-anonymous-pull-disabled",
  "azure/acr-geo-replication",
  "azure/acr-premium-sku",
  "azure/acr-public-network-disabled",
  "azure/acr-zone-redundancy",
  "azure/app-gateway-v2",
  "azure/app-gateway-waf-enabled",
  "azure/app-gateway-waf-prevention",
  "azure/app-gateway-zones",
  "azure/diagnostic-audit-duplicate",
  "azure/diagnostic-audit-logs",
  "azure/diagnostic-platform-logs",
  "azure/firewall-idps-deny",
  "azure/firewall-threat-intel-deny",
  "azure/firewall-zones",
  "azure/key-vault-public-network-disabled",
  "azure/key-vault-purge-protection",
  "azure/key-vault-rbac-authorization",
  "azure/key-vault-soft-delete",
  "azure/log-analytics-retention",
  "azure/storage-blob-public-access-disabled",
  "azure/storage-https-only",
  "azure/storage-min-tls",
  "azure/storage-public-network-disabled",
  "azure/storage-shared-key-disabled",
  "cluster/api-server-access-restricted",
  "cluster/api-server-no-open-range",
  "cluster/api-server-private",
  "cluster/auto-upgrade-channel",
  "cluster/azure-policy-addon",
  "cluster/azure-rbac-enabled",
  "cluster/container-insights-enabled",
  "cluster/defender-enabled",
  "cluster/diagnostic-settings",
  "cluster/disk-encryption-set",
  "cluster/dns-prefix-valid",
  "cluster/egress-through-firewall",
  "cluster/entra-id-enabled",
  "cluster/http-application-routing-disabled",
  "cluster/image-cleaner-enabled",
  "cluster/key-vault-secrets-provider",
  "cluster/kube-dashboard-disabled",
  "cluster/kubernetes-rbac-enabled",
  "cluster/kubernetes-version-ending-soon",
  "cluster/kubernetes-version-supported",
  "cluster/local-accounts-disabled",
  "cluster/maintenance-window-auto-upgrade",
  "cluster/maintenance-window-node-os",
  "cluster/managed-identity",
  "cluster/managed-prometheus-enabled",
  "cluster/name-valid",
  "cluster/network-dataplane-cilium",
  "cluster/network-plugin-not-kubenet",
  "cluster/network-plugin-overlay",
  "cluster/network-policy-enabled",
  "cluster/node-os-upgrade-channel",
  "cluster/oidc-issuer-enabled",
  "cluster/outbound-type-controlled",
  "cluster/pod-identity-disabled",
  "cluster/run-command-disabled",
  "cluster/secret-rotation-enabled",
  "cluster/sku-tier-standard",
  "cluster/standard-load-balancer",
  "cluster/user-pool-present",
  "cluster/workload-identity-enabled",
  "network/dns-service-ip-in-range",
  "network/no-open-management-ports",
  "network/pod-cidr-capacity",
  "network/public-ip-standard",
  "network/public-ip-zones",
  "network/service-cidr-overlap",
  "network/subnet-capacity",
  "network/subnet-nsg",
  "network/vnet-flow-logs",
  "nodepool/autoscaling-enabled",
  "nodepool/availability-zones",
  "nodepool/ephemeral-os-disk",
  "nodepool/fips-enabled",
  "nodepool/host-encryption",
  "nodepool/max-pods-classic-cni",
  "nodepool/max-pods-minimum",
  "nodepool/max-surge-set",
  "nodepool/name-valid",
  "nodepool/node-public-ip-disabled",
  "nodepool/orchestrator-version-matches",
  "nodepool/os-sku-supported",
  "nodepool/scale-set",
  "nodepool/spot-pool-taint",
  "nodepool/spot-pool-user-mode",
  "nodepool/system-pool-min-count",
  "nodepool/system-pool-taint",
  "nodepool/system-pool-vm-size",
  "nodepool/user-pool-min-count",
];

describe("Azure rule catalog", () => {
  it("registers exactly the expected rules", () => {
    expect(AZURE_RULES.map((r) => r.id).sort()).toEqual(EXPECTED_IDS);
    expect(new Set(AZURE_RULES.map((r) => r.id)).size).toBe(AZURE_RULES.length);
  });

  it("has one file per rule under rules/azure/<domain>/<name>.ts and registers every such file", () => {
    const onDisk = DOMAINS.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith(".ts"))
        .map((f) => `${d}/${f.slice(0, -3)}`),
    ).sort();
    expect(onDisk).toEqual(AZURE_RULES.map((r) => r.id).sort());
  });

  it("covers at least 65 rules", () => {
    expect(AZURE_RULES.length).toBeGreaterThanOrEqual(65);
  });

  for (const rule of AZURE_RULES) {
    it(`${rule.id} has complete metadata`, () => {
      expect(rule.id).toMatch(/^(cluster|nodepool|network|azure)\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.title.length).toBeGreaterThan(10);
      expect(SEVERITIES).toContain(rule.severity);
      expect(PILLARS).toContain(rule.pillar);
      expect(RULE_LEVELS).toContain(rule.level);
      expect(rule.rationale).toMatch(/\.$/);
      expect(rule.remediation.text).toMatch(/\.$/);
      expect(rule.remediation.arm ?? rule.remediation.spec).toBeTruthy();
      expect(rule.remediation.terraform).toMatch(/^azurerm_/);
      expect(rule.sources.some((s) => s.title.startsWith("seed "))).toBe(true);
      expect(rule.sources.some((s) => s.url?.startsWith("https://learn.microsoft.com/"))).toBe(true);
    });
  }

  it("names real peer ids in equivalents", () => {
    for (const rule of AZURE_RULES) {
      for (const id of rule.equivalents.psrule ?? []) expect(id).toMatch(/^Azure\.[A-Za-z]+\.[A-Za-z0-9]+$/);
      for (const id of rule.equivalents.checkov ?? []) expect(id).toMatch(/^CKV2?_AZURE_\d+$/);
    }
  });
});
