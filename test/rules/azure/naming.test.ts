import { dnsPrefixValid } from "../../../src/rules/azure/cluster/dns-prefix-valid.js";
import { nameValid } from "../../../src/rules/azure/cluster/name-valid.js";
import { poolNameValid } from "../../../src/rules/azure/nodepool/name-valid.js";
import { facts, testRule } from "./helpers.js";

testRule(nameValid, {
  valid: [
    facts({ name: "aks-contoso-prod", properties: {} }),
    facts({ name: "aks_contoso_01", properties: {} }),
  ],
  invalid: [
    {
      facts: facts({ name: "aks-contoso-", properties: {} }),
      message: 'Cluster name "aks-contoso-" is not a valid managed cluster name',
      path: "name",
    },
    { facts: facts({ name: "aks.contoso", properties: {} }), message: '"aks.contoso"', path: "name" },
  ],
});

testRule(dnsPrefixValid, {
  valid: [facts({ properties: { dnsPrefix: "aks-contoso-prod" } }), facts({ properties: {} })],
  invalid: [
    {
      facts: facts({ properties: { dnsPrefix: "aks_contoso" } }),
      message: 'DNS prefix "aks_contoso" is invalid',
      path: "properties.dnsPrefix",
    },
    {
      facts: facts({ properties: { dnsPrefix: "a".repeat(55) } }),
      message: "is invalid (1–54",
      path: "properties.dnsPrefix",
    },
  ],
});

testRule(poolNameValid, {
  valid: [
    facts({ properties: { agentPoolProfiles: [{ name: "system" }, { name: "apps2" }] } }),
    facts({ properties: { agentPoolProfiles: [{ name: "win1", osType: "Windows" }] } }),
  ],
  invalid: [
    {
      facts: facts({ properties: { agentPoolProfiles: [{ name: "Apps" }] } }),
      message: 'Node pool name "Apps" is invalid',
      path: "properties.agentPoolProfiles[0].name",
    },
    {
      facts: facts({ properties: { agentPoolProfiles: [{ name: "userpool12345" }] } }),
      message: "at most 12 characters",
      path: "properties.agentPoolProfiles[0].name",
    },
    {
      facts: facts({ properties: { agentPoolProfiles: [{ name: "windows", osType: "Windows" }] } }),
      message: "at most 6 characters",
      path: "properties.agentPoolProfiles[0].name",
    },
  ],
});
