/**
 * Azure Firewall policy rules for AKS egress: the cluster's required outbound network and FQDN rules
 * (learn.microsoft.com/azure/aks/outbound-rules-control-egress, "Azure Global required network rules",
 * "Azure Global required FQDN / application rules", and the add-on sections for Azure Monitor,
 * Microsoft Defender for Containers, the Key Vault secrets provider, Azure Policy and the cluster
 * extensions used by Flux), plus the platform's registry and GitOps repository hosts.
 */
import type { ClusterModel } from "../model/types.js";

export interface AppRule {
  name: string;
  description: string;
  fqdns?: string[];
  fqdnTags?: string[];
  protocols: { protocolType: "Http" | "Https"; port: number }[];
}

export interface NetRule {
  name: string;
  description: string;
  protocols: ("TCP" | "UDP" | "Any")[];
  destinationAddresses?: string[];
  destinationFqdns?: string[];
  ports: string[];
}

const HTTPS = [{ protocolType: "Https" as const, port: 443 }];

/** Network rules for every region the environments run in. */
export function networkRules(regions: string[], privateOnly: boolean): NetRule[] {
  const rules: NetRule[] = [];
  for (const region of regions) {
    if (!privateOnly) {
      rules.push(
        {
          name: `aks-tunnel-udp-${region}`,
          description: "Tunnelled node ↔ control plane traffic (not needed for private clusters)",
          protocols: ["UDP"],
          destinationAddresses: [`AzureCloud.${region}`],
          ports: ["1194"],
        },
        {
          name: `aks-tunnel-tcp-${region}`,
          description: "Tunnelled node ↔ control plane traffic (not needed for private clusters)",
          protocols: ["TCP"],
          destinationAddresses: [`AzureCloud.${region}`],
          ports: ["9000"],
        },
      );
    }
  }
  rules.push(
    {
      name: "ntp",
      description: "Time synchronization of Linux nodes",
      protocols: ["UDP"],
      destinationFqdns: ["ntp.ubuntu.com"],
      ports: ["123"],
    },
    {
      name: "azure-monitor",
      description: "Azure Monitor (Container Insights, managed Prometheus) over the AzureMonitor service tag",
      protocols: ["TCP"],
      destinationAddresses: ["AzureMonitor"],
      ports: ["443"],
    },
  );
  return rules;
}

/** Application (FQDN) rules for the environments sharing the hub. */
export function applicationRules(clusters: ClusterModel[]): AppRule[] {
  const regions = [...new Set(clusters.map((c) => c.location))].sort();
  const rules: AppRule[] = [
    {
      name: "aks-fqdn-tag",
      description: "The AzureKubernetesService FQDN tag: every FQDN AKS needs",
      fqdnTags: ["AzureKubernetesService"],
      protocols: [
        { protocolType: "Https", port: 443 },
        { protocolType: "Http", port: 80 },
      ],
    },
    {
      name: "aks-required",
      description: "AKS required FQDNs: API server, MCR, ARM, Entra ID, packages, binaries",
      fqdns: [
        ...regions.map((r) => `*.hcp.${r}.azmk8s.io`),
        "mcr.microsoft.com",
        "*.data.mcr.microsoft.com",
        "mcr-0001.mcr-msedge.net",
        "management.azure.com",
        "login.microsoftonline.com",
        "packages.microsoft.com",
        "acs-mirror.azureedge.net",
        "packages.aks.azure.com",
      ],
      protocols: HTTPS,
    },
    {
      name: "azure-monitor",
      description: "Container Insights and managed Prometheus endpoints",
      fqdns: [
        "dc.services.visualstudio.com",
        "*.ods.opinsights.azure.com",
        "*.oms.opinsights.azure.com",
        "*.monitoring.azure.com",
        "global.handler.control.monitor.azure.com",
        ...regions.map((r) => `${r}.handler.control.monitor.azure.com`),
        "*.ingest.monitor.azure.com",
        "*.metrics.ingest.monitor.azure.com",
      ],
      protocols: HTTPS,
    },
    {
      name: "azure-policy",
      description: "Azure Policy add-on: policy definitions and compliance reporting",
      fqdns: ["data.policy.core.windows.net", "store.policy.core.windows.net"],
      protocols: HTTPS,
    },
  ];
  if (clusters.some((c) => c.settings.security.defender))
    rules.push({
      name: "defender",
      description: "Microsoft Defender for Containers",
      fqdns: ["*.cloud.defender.microsoft.com"],
      protocols: HTTPS,
    });
  if (clusters.some((c) => c.settings.keyVault.enabled))
    rules.push({
      name: "key-vault",
      description: "Key Vault secrets provider (when the vault is reached without a private endpoint)",
      fqdns: ["*.vault.azure.net"],
      protocols: HTTPS,
    });
  const registries = clusters
    .filter((c) => c.settings.registry.enabled)
    .flatMap((c) => [
      `${c.names.registry}.azurecr.io`,
      ...[c.location, ...c.settings.registry.geoReplicas].map(
        (r) => `${c.names.registry}.${r}.data.azurecr.io`,
      ),
    ]);
  if (registries.length > 0)
    rules.push({
      name: "container-registry",
      description: "The platform's container registries and their data endpoints",
      fqdns: [...new Set(registries)].sort(),
      protocols: HTTPS,
    });
  const gitops = clusters.filter((c) => c.settings.gitops.enabled);
  if (gitops.length > 0) {
    const hosts = new Set<string>();
    for (const c of gitops) {
      const host = gitHost(c.settings.gitops.repository);
      if (host) hosts.add(host);
    }
    rules.push({
      name: "gitops",
      description: "Flux cluster extension data plane and the GitOps repository",
      fqdns: [
        ...regions.map((r) => `${r}.dp.kubernetesconfiguration.azure.com`),
        "arcmktplaceprod.azurecr.io",
        "*.ingestion.msftcloudes.com",
        "*.microsoftmetrics.com",
        ...[...hosts].sort(),
      ],
      protocols: HTTPS,
    });
  }
  return rules;
}

/** `https://github.com/org/repo` and `git@github.com:org/repo` → `github.com`. */
export function gitHost(url: string): string | undefined {
  const m = /^(?:https:\/\/|ssh:\/\/(?:[^@/]+@)?|git@)([^/:]+)/.exec(url);
  return m?.[1];
}
