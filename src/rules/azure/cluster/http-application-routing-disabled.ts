import { asBool } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";
import { clusterFieldRule } from "../templates.js";

export const httpApplicationRoutingDisabled = clusterFieldRule({
  id: "cluster/http-application-routing-disabled",
  title: "The HTTP application routing add-on is disabled",
  severity: "medium",
  pillar: "security",
  level: "baseline",
  rationale:
    "The HTTP application routing add-on is retired and was never meant for production: it exposes services on a public DNS zone without TLS. The application routing add-on (managed NGINX) replaces it.",
  remediation: {
    text: "Disable the HTTP application routing add-on and use the application routing add-on or Application Gateway instead.",
    spec: "spec.ingress.controller: app-routing",
    arm: "properties.addonProfiles.httpApplicationRouting.enabled: false",
    terraform: "azurerm_kubernetes_cluster.http_application_routing_enabled = false",
  },
  sources: [SEED.deployIngress, LEARN.httpAppRouting],
  equivalents: { psrule: ["Azure.AKS.HttpAppRouting"], checkov: ["CKV_AZURE_246"] },
  path: ["properties", "addonProfiles", "httpApplicationRouting", "enabled"],
  expect: (v) => asBool(v) !== true,
  message: () => "The retired HTTP application routing add-on is enabled; disable it.",
});
