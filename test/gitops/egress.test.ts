import { describe, expect, it } from "vitest";
import { gitopsEgressHosts } from "../../src/gitops/egress.js";
import { clusterFrom } from "./helpers.js";

describe("egress hosts for the firewall", () => {
  it("production preset: the chart repositories, their image registries and Let's Encrypt", () => {
    const hosts = gitopsEgressHosts(clusterFrom("  preset: production\n  location: westeurope\n"));
    expect(hosts.map((h) => h.fqdn)).toEqual([
      "acme-staging-v02.api.letsencrypt.org",
      "acme-v02.api.letsencrypt.org",
      "auth.docker.io",
      "cdn01.quay.io",
      "cdn02.quay.io",
      "cdn03.quay.io",
      "charts.jetstack.io",
      "ghcr.io",
      "kyverno.github.io",
      "pkg-containers.githubusercontent.com",
      "production.cloudflare.docker.com",
      "quay.io",
      "reg.kyverno.io",
      "registry-1.docker.io",
      "vmware-tanzu.github.io",
    ]);
    expect(hosts.find((h) => h.fqdn === "charts.jetstack.io")!.why).toBe(
      "Helm chart repository of cert-manager",
    );
  });

  it("keyless signature verification adds the Sigstore endpoints", () => {
    const hosts = gitopsEgressHosts(
      clusterFrom(
        "  preset: production\n  location: westeurope\n  policy: { verifyImages: { enabled: true } }\n",
      ),
    ).map((h) => h.fqdn);
    expect(hosts).toContain("rekor.sigstore.dev");
    expect(hosts).toContain("tuf-repo-cdn.sigstore.dev");
  });
});
