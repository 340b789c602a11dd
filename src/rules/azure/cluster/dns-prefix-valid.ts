import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule, show } from "../templates.js";

/** DNS prefixes: 1–54 characters, letters, digits and hyphens, starting and ending with a letter or digit. */
const DNS_PREFIX = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,52}[A-Za-z0-9])?$/;

export const dnsPrefixValid = clusterFieldRule({
  id: "cluster/dns-prefix-valid",
  title: "The DNS prefix meets Azure's naming rules",
  severity: "medium",
  pillar: "operations",
  level: "baseline",
  rationale:
    "The DNS prefix becomes part of the API server's FQDN; Azure rejects prefixes longer than 54 characters or with characters other than letters, digits and hyphens (starting and ending with a letter or digit).",
  remediation: {
    text: "Use a DNS prefix of 1–54 letters, digits or hyphens that starts and ends with a letter or digit.",
    arm: 'properties.dnsPrefix: "aks-contoso-prod"',
    terraform: 'azurerm_kubernetes_cluster.dns_prefix = "aks-contoso-prod"',
  },
  sources: [SEED.clusterIac002, LEARN.naming],
  equivalents: { psrule: ["Azure.AKS.DNSPrefix"] },
  path: ["properties", "dnsPrefix"],
  expect: (v) => typeof v !== "string" || DNS_PREFIX.test(v),
  message: (v) =>
    `DNS prefix ${show(v)} is invalid (1–54 letters, digits or "-", starting and ending with a letter or digit).`,
});
