/**
 * Resource names following the Cloud Adoption Framework abbreviations
 * (learn.microsoft.com/azure/cloud-adoption-framework/ready/azure-best-practices/resource-abbreviations)
 * and the naming rules of each resource type
 * (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules).
 */
import type { ResourceNames } from "./types.js";

export interface NameRule {
  /** CAF abbreviation. */
  prefix: string;
  min: number;
  max: number;
  pattern: RegExp;
  /** Characters allowed, in words, for messages. */
  allowed: string;
  /** The name must be unique across Azure (it becomes a DNS name). */
  global: boolean;
}

export const NAME_RULES: Record<string, NameRule> = {
  resourceGroup: {
    prefix: "rg-",
    min: 1,
    max: 90,
    pattern: /^[-\w.()]*[-\w()]$/,
    allowed: "letters, digits, '-', '_', '.', '(' and ')', not ending in '.'",
    global: false,
  },
  virtualNetwork: {
    prefix: "vnet-",
    min: 2,
    max: 64,
    pattern: /^[A-Za-z0-9][-\w.]*\w$/,
    allowed: "letters, digits, '-', '_' and '.'",
    global: false,
  },
  managedCluster: {
    prefix: "aks-",
    min: 1,
    max: 63,
    pattern: /^[A-Za-z0-9][-\w]*[A-Za-z0-9]$/,
    allowed: "letters, digits, '-' and '_', starting and ending with a letter or digit",
    global: false,
  },
  containerRegistry: {
    prefix: "cr",
    min: 5,
    max: 50,
    pattern: /^[A-Za-z0-9]+$/,
    allowed: "letters and digits only",
    global: true,
  },
  keyVault: {
    prefix: "kv-",
    min: 3,
    max: 24,
    pattern: /^[A-Za-z][-A-Za-z0-9]*[A-Za-z0-9]$/,
    allowed: "letters, digits and '-', starting with a letter, no '--'",
    global: true,
  },
  logAnalytics: {
    prefix: "log-",
    min: 4,
    max: 63,
    pattern: /^[A-Za-z0-9][-A-Za-z0-9]*[A-Za-z0-9]$/,
    allowed: "letters, digits and '-'",
    global: false,
  },
  grafana: {
    prefix: "amg-",
    min: 2,
    max: 23,
    pattern: /^[A-Za-z][-A-Za-z0-9]*[A-Za-z0-9]$/,
    allowed: "letters, digits and '-', starting with a letter",
    global: true,
  },
  storageAccount: {
    prefix: "st",
    min: 3,
    max: 24,
    pattern: /^[a-z0-9]+$/,
    allowed: "lowercase letters and digits only",
    global: true,
  },
  managedIdentity: {
    prefix: "id-",
    min: 3,
    max: 128,
    pattern: /^[A-Za-z0-9][-\w]*$/,
    allowed: "letters, digits, '-' and '_'",
    global: false,
  },
  applicationGateway: {
    prefix: "agw-",
    min: 1,
    max: 80,
    pattern: /^[A-Za-z0-9][-\w.]*\w$/,
    allowed: "letters, digits, '-', '_' and '.'",
    global: false,
  },
  firewall: {
    prefix: "afw-",
    min: 1,
    max: 56,
    pattern: /^[A-Za-z0-9][-\w.]*\w$/,
    allowed: "letters, digits, '-', '_' and '.'",
    global: false,
  },
};

export type NamedResource = keyof typeof NAME_RULES;

/** CAF names for one environment of a platform. */
export function buildNames(platform: string, env: string): ResourceNames {
  const compact = `${platform}${env}`.replace(/[^a-z0-9]/g, "");
  return {
    resourceGroup: `rg-${platform}-${env}`,
    nodeResourceGroup: `rg-${platform}-${env}-nodes`,
    hubResourceGroup: `rg-${platform}-hub`,
    hubVnet: `vnet-${platform}-hub`,
    spokeVnet: `vnet-${platform}-${env}`,
    cluster: `aks-${platform}-${env}`,
    controlPlaneIdentity: `id-aks-${platform}-${env}`,
    kubeletIdentity: `id-kubelet-${platform}-${env}`,
    registry: `cr${compact}`,
    keyVault: `kv-${platform}-${env}`,
    logAnalytics: `log-${platform}-${env}`,
    monitorWorkspace: `amw-${platform}-${env}`,
    grafana: `amg-${platform}-${env}`,
    actionGroup: `ag-${platform}-${env}`,
    dataCollectionRule: `dcr-${platform}-${env}-ci`,
    firewall: `afw-${platform}-hub`,
    firewallPolicy: `afwp-${platform}-hub`,
    firewallPublicIp: `pip-afw-${platform}-hub`,
    bastion: `bas-${platform}-hub`,
    bastionPublicIp: `pip-bas-${platform}-hub`,
    vpnGateway: `vpng-${platform}-hub`,
    vpnGatewayPublicIp: `pip-vpng-${platform}-hub`,
    routeTable: `rt-${platform}-${env}-egress`,
    natGateway: `ng-${platform}-${env}`,
    natGatewayPublicIp: `pip-ng-${platform}-${env}`,
    applicationGateway: `agw-${platform}-${env}`,
    applicationGatewayPublicIp: `pip-agw-${platform}-${env}`,
    wafPolicy: `waf-${platform}-${env}`,
    backupStorageAccount: `st${compact}bkp`.slice(0, 24),
    backupIdentity: `id-velero-${platform}-${env}`,
    backupVault: `bvault-${platform}-${env}`,
    nsg: (subnetKey) => `nsg-${platform}-${env}-${subnetKey.toLowerCase()}`,
    workloadIdentity: (workload) => `id-${workload}-${platform}-${env}`,
  };
}

/** The names that must satisfy a rule, for validation. */
export function namesToCheck(
  n: ResourceNames,
): { resource: NamedResource; name: string; key: keyof ResourceNames }[] {
  return [
    { resource: "resourceGroup", name: n.resourceGroup, key: "resourceGroup" },
    { resource: "resourceGroup", name: n.nodeResourceGroup, key: "nodeResourceGroup" },
    { resource: "virtualNetwork", name: n.spokeVnet, key: "spokeVnet" },
    { resource: "managedCluster", name: n.cluster, key: "cluster" },
    { resource: "containerRegistry", name: n.registry, key: "registry" },
    { resource: "keyVault", name: n.keyVault, key: "keyVault" },
    { resource: "logAnalytics", name: n.logAnalytics, key: "logAnalytics" },
    { resource: "grafana", name: n.grafana, key: "grafana" },
    { resource: "storageAccount", name: n.backupStorageAccount, key: "backupStorageAccount" },
    { resource: "managedIdentity", name: n.kubeletIdentity, key: "kubeletIdentity" },
    { resource: "applicationGateway", name: n.applicationGateway, key: "applicationGateway" },
    { resource: "firewall", name: n.firewall, key: "firewall" },
  ];
}

/** Problems with a name under its rule, as sentences; empty when valid. */
export function checkName(resource: NamedResource, name: string): string[] {
  const rule = NAME_RULES[resource]!;
  const problems: string[] = [];
  if (name.length < rule.min || name.length > rule.max)
    problems.push(
      `"${name}" is ${name.length} characters; ${resource} names must be ${rule.min}–${rule.max}`,
    );
  if (!rule.pattern.test(name) || (resource === "keyVault" && name.includes("--")))
    problems.push(`"${name}" is not a valid ${resource} name: ${rule.allowed}`);
  return problems;
}
