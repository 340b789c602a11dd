/**
 * The outbound hosts the GitOps repository needs when egress goes through Azure Firewall (seed 003
 * "Egress traffic flow": deny by default, allow by FQDN): Helm chart repositories Flux's
 * source-controller reads, registries the components' images come from, and the ACME and Sigstore
 * endpoints cert-manager and Kyverno call. For the infrastructure generators' application rules.
 * Registries are the charts' defaults at the pinned versions (components/*.ts); a registry that
 * redirects to a blob CDN lists the CDN host too.
 */
import type { ClusterModel } from "../model/types.js";
import { platformComponents } from "./components/index.js";
import { ACME_SERVERS } from "./configs/cluster-issuers.js";
import { clusterIssuerName } from "./ingress-target.js";

export interface EgressHost {
  fqdn: string;
  why: string;
}

const DOCKER_HUB = ["registry-1.docker.io", "auth.docker.io", "production.cloudflare.docker.com"];
const QUAY = ["quay.io", "cdn01.quay.io", "cdn02.quay.io", "cdn03.quay.io"];
const GHCR = ["ghcr.io", "pkg-containers.githubusercontent.com"];
const REGISTRY_K8S = ["registry.k8s.io", "*.pkg.dev"];

/** Image registries of each component's chart at its pinned version. */
const COMPONENT_REGISTRIES: Record<string, string[]> = {
  "cert-manager": QUAY,
  kyverno: ["reg.kyverno.io", ...GHCR],
  gatekeeper: DOCKER_HUB,
  velero: DOCKER_HUB,
  "ingress-nginx": REGISTRY_K8S,
  traefik: DOCKER_HUB,
  "kube-prometheus-stack": [...QUAY, ...REGISTRY_K8S, ...DOCKER_HUB],
};

export function gitopsEgressHosts(model: ClusterModel): EgressHost[] {
  const out = new Map<string, string>();
  const add = (fqdn: string, why: string) => {
    if (!out.has(fqdn)) out.set(fqdn, why);
  };
  for (const c of platformComponents(model)) {
    add(new URL(c.chart.url).host, `Helm chart repository of ${c.name}`);
    for (const r of COMPONENT_REGISTRIES[c.name] ?? []) add(r, `container images of ${c.name}`);
  }
  if (clusterIssuerName(model))
    for (const url of Object.values(ACME_SERVERS))
      add(new URL(url).host, "Let's Encrypt ACME (cert-manager)");
  const verify = model.settings.policy.verifyImages;
  if (model.settings.policy.engine === "kyverno" && verify.enabled && verify.publicKey.trim() === "") {
    add("rekor.sigstore.dev", "Sigstore transparency log (keyless image verification)");
    add("tuf-repo-cdn.sigstore.dev", "Sigstore trust root (keyless image verification)");
  }
  return [...out.entries()]
    .map(([fqdn, why]) => ({ fqdn, why }))
    .sort((a, b) => a.fqdn.localeCompare(b.fqdn));
}
