/**
 * The three presets: every default akskit uses, in one readable place. Each value says where it comes
 * from. "seed NNN" is a document in ../shared/seeds (000 = AKS production best practices, 001 = Algesta
 * Kubernetes operations, 002 = GitOps and multi-cluster, 003 = Microsoft's AKS baseline architecture,
 * 004 = production-grade AKS networking, ingress and observability).
 */
import type { NodePool, PresetName, Settings } from "./schema.js";

export interface Preset {
  settings: Settings;
  nodePools: NodePool[];
  /** Environments created when the spec declares none. */
  environments: string[];
}

const production: Preset = {
  settings: {
    // seed 003 "Kubernetes API server SLA": Standard tier for the financially backed uptime SLA.
    tier: "Standard",
    // AKS release calendar (learn.microsoft.com/azure/aks/supported-kubernetes-versions, read 2026-11-21;
    // table in src/rules/azure/aks-versions.ts): 1.36 is GA since 2026-06 with support to 2027-06-30 — the
    // newest minor but one, the usual production choice (the newest, 1.37, went GA only in 2026-10).
    kubernetesVersion: "1.36",
    network: {
      // seed 003 "Network topology": hub-spoke with Azure Firewall, Bastion and a gateway subnet in the hub.
      topology: "hub-spoke",
      hub: {
        addressSpace: "10.200.0.0/22",
        firewall: true,
        firewallSku: "Standard",
        bastion: true,
        vpnGateway: false,
      },
      // seed 003 "Plan the IP addresses": the baseline spoke is 10.240.0.0/16.
      spokeAddressSpace: "10.240.0.0/16",
      subnets: {},
      // seed 004 "1. Networking: choose Azure CNI Overlay"; seed 003 "Select a networking model".
      plugin: "azure-overlay",
      // seed 004: Azure CNI powered by Cilium for eBPF data plane and network policy.
      dataPlane: "cilium",
      networkPolicy: "cilium",
      // AKS defaults (learn.microsoft.com/azure/aks/azure-cni-overlay): pod 10.244.0.0/16, service 10.0.0.0/16, DNS 10.0.0.10.
      podCidr: "10.244.0.0/16",
      serviceCidr: "10.0.0.0/16",
      dnsServiceIp: "10.0.0.10",
      // seed 003 "Egress traffic flow": all egress through Azure Firewall with a user-defined route.
      egress: "firewall",
      reservedRanges: [],
    },
    // seed 000 "Private cluster"; seed 003 "Cluster access": the API server is not public.
    apiServer: { access: "private", authorizedIpRanges: [], privateDnsZone: "system" },
    // seed 003 "Integrate Microsoft Entra ID", "Use Azure RBAC", "Local accounts": Entra ID + Azure RBAC, local accounts off.
    // seed 000/002/004: Workload Identity with the OIDC issuer.
    identity: { adminGroupObjectIds: [], azureRbac: true, localAccounts: false, workloadIdentity: true },
    // seed 004 "Ingress": the application routing add-on (managed NGINX); seed 003: WAF in Prevention mode.
    // seed 001 "TLS Certificate Management": cert-manager with Let's Encrypt.
    ingress: {
      controller: "app-routing",
      waf: true,
      wafMode: "Prevention",
      gatewayApi: false,
      tls: { issuer: "letsencrypt", email: "platform@example.com" },
    },
    // seed 003 "Container image reference": Premium ACR with a private endpoint.
    registry: { enabled: true, sku: "Premium", privateEndpoint: true, geoReplicas: [] },
    // seed 000 "Secrets Store CSI driver"; seed 003 "Add secret management": Key Vault, RBAC, private endpoint, rotation.
    // Rotation poll interval: the add-on's default is 2m (learn.microsoft.com/azure/aks/csi-secrets-store-configuration-options).
    keyVault: {
      enabled: true,
      privateEndpoint: true,
      secretRotation: true,
      rotationInterval: "2m",
      purgeProtection: true,
      softDeleteDays: 90,
    },
    observability: {
      // seed 000 "Monitoring y logging"; seed 004 "Observability": Container Insights, managed Prometheus, Grafana.
      containerInsights: true,
      managedPrometheus: true,
      grafana: true,
      selfHostedPrometheus: false,
      // VNet flow logs are required evidence for regulated platforms (PCI DSS 10); off by default elsewhere for cost
      // (learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview).
      flowLogs: false,
      // Log Analytics includes 31 days of retention at no extra charge (azure.microsoft.com/pricing/details/monitor).
      logRetentionDays: 30,
      // seed 003 "Monitor and collect logs": kube-audit-admin (cheaper than kube-audit), guard, the autoscaler.
      logCategories: [
        "kube-apiserver",
        "kube-audit-admin",
        "kube-controller-manager",
        "cluster-autoscaler",
        "guard",
      ],
      alertEmails: [],
      // seed 004 "SLOs": 99.9% availability, p99 latency objective.
      slo: { availability: 99.9, latencyP99Ms: 500 },
    },
    policy: {
      // seed 003 "Policy management": the built-in pod security baseline initiative, first in audit mode.
      azurePolicy: "baseline",
      mode: "audit",
      // seed 002 "Security": Kyverno for in-cluster policy.
      engine: "kyverno",
      podSecurity: "restricted",
      // seed 003: allow images only from the platform's registry and Microsoft's.
      allowedRegistries: ["mcr.microsoft.com"],
      requiredLabels: ["app.kubernetes.io/name", "team"],
      verifyImages: { enabled: false, publicKey: "" },
    },
    // seed 000 "Backup y disaster recovery": Velero, daily at 02:00, 30 days.
    backup: { tool: "velero", schedule: "0 2 * * *", retention: "720h", namespaces: [] },
    upgrades: {
      // seed 000 "Auto-upgrade channel": patch; seed 003 "Cluster upgrades": node OS NodeImage weekly.
      channel: "patch",
      nodeOsChannel: "NodeImage",
      // seed 000 "Maintenance window": weekend nights; AKS requires at least 4 hours.
      maintenanceWindow: { day: "Saturday", start: "02:00", hours: 4, utcOffset: "+00:00" },
      nodeOsMaintenanceWindow: { day: "Sunday", start: "02:00", hours: 4, utcOffset: "+00:00" },
      // AKS recommends 33% max surge for production pools (learn.microsoft.com/azure/aks/upgrade-aks-cluster).
      maxSurge: "33%",
      strategy: "rolling",
    },
    // seed 003 "Policy management"/"Security": Defender for Containers and Image Cleaner.
    security: {
      defender: true,
      imageCleaner: true,
      imageCleanerIntervalHours: 168,
      hostEncryption: false,
      fips: false,
      customerManagedKeys: false,
    },
    // seed 002 "GitOps with Flux": Flux extension, one repository, path per environment.
    gitops: {
      enabled: true,
      repository: "https://github.com/example/aks-gitops",
      branch: "main",
      layout: "path-per-environment",
      interval: "10m",
    },
    // seed 003 "Cluster autoscaler": balance similar node groups across zones; AKS default timings.
    autoscaler: {
      expander: "least-waste",
      scanInterval: "10s",
      scaleDownUnneededTime: "10m",
      scaleDownDelayAfterAdd: "10m",
      balanceSimilarNodeGroups: true,
    },
    nodePoolDefaults: {
      // seed 003 "Availability zones": spread nodes over three zones.
      zones: ["1", "2", "3"],
      // seed 003 "Select an operating system": Azure Linux.
      osSku: "AzureLinux",
      // seed 004: CNI Overlay with 110 pods per node (the Kubernetes default density).
      maxPods: 110,
      // seed 003 "Configure compute": ephemeral OS disks for lower latency and faster reimage.
      osDiskType: "Ephemeral",
      osDiskSizeGb: 128,
    },
  },
  nodePools: [
    // seed 003 "Configure compute": a System pool of at least three nodes across zones, tainted for critical add-ons.
    { name: "system", mode: "System", vmSize: "Standard_D4ds_v5", min: 3, max: 6 },
    // seed 003: a separate User pool for workloads.
    { name: "apps", mode: "User", vmSize: "Standard_D8ds_v5", min: 3, max: 20 },
  ],
  environments: ["dev", "staging", "prod"],
};

const dev: Preset = {
  settings: {
    ...production.settings,
    // Free tier: no SLA, for development (learn.microsoft.com/azure/aks/free-standard-pricing-tiers).
    tier: "Free",
    network: {
      ...production.settings.network,
      // A standalone VNet and the load balancer for egress keep dev cheap (no hub, no firewall).
      topology: "standalone",
      hub: { ...production.settings.network.hub, firewall: false, bastion: false },
      egress: "load-balancer",
    },
    // seed 000: a public API server is acceptable for dev only when limited to known ranges.
    apiServer: { access: "public", authorizedIpRanges: ["203.0.113.0/24"], privateDnsZone: "system" },
    ingress: {
      ...production.settings.ingress,
      waf: false,
      wafMode: "Detection",
      tls: { issuer: "letsencrypt-staging", email: "platform@example.com" },
    },
    // Basic registry without private endpoint for dev.
    registry: { enabled: true, sku: "Basic", privateEndpoint: false, geoReplicas: [] },
    keyVault: {
      ...production.settings.keyVault,
      privateEndpoint: false,
      purgeProtection: false,
      softDeleteDays: 7,
    },
    observability: {
      ...production.settings.observability,
      grafana: false,
      logCategories: ["kube-audit-admin", "guard"],
    },
    policy: { ...production.settings.policy, mode: "audit", podSecurity: "baseline" },
    backup: { ...production.settings.backup, tool: "none" },
    security: { ...production.settings.security, defender: false },
    nodePoolDefaults: { ...production.settings.nodePoolDefaults, zones: [] },
  },
  nodePools: [
    { name: "system", mode: "System", vmSize: "Standard_D2ds_v5", min: 1, max: 3 },
    { name: "apps", mode: "User", vmSize: "Standard_D4ds_v5", min: 1, max: 5 },
  ],
  environments: ["dev"],
};

const regulated: Preset = {
  settings: {
    ...production.settings,
    // Premium adds long-term support (learn.microsoft.com/azure/aks/long-term-support).
    tier: "Premium",
    network: {
      ...production.settings.network,
      // Premium firewall for TLS inspection and IDPS (learn.microsoft.com/azure/firewall/premium-features).
      hub: { ...production.settings.network.hub, firewallSku: "Premium" },
    },
    ingress: { ...production.settings.ingress, waf: true, wafMode: "Prevention" },
    registry: { ...production.settings.registry, geoReplicas: [] },
    observability: {
      ...production.settings.observability,
      // Full kube-audit for regulated workloads; one year of retention; VNet flow logs.
      logRetentionDays: 365,
      flowLogs: true,
      logCategories: [
        "kube-apiserver",
        "kube-audit",
        "kube-controller-manager",
        "kube-scheduler",
        "cluster-autoscaler",
        "guard",
        "cloud-controller-manager",
      ],
      slo: { availability: 99.95, latencyP99Ms: 300 },
    },
    // seed 003 "Policy management": restricted initiative, enforced.
    policy: {
      ...production.settings.policy,
      azurePolicy: "restricted",
      mode: "deny",
      podSecurity: "restricted",
      verifyImages: { enabled: true, publicKey: "" },
    },
    // seed 003 "Cluster backup": daily backups kept 90 days.
    backup: { ...production.settings.backup, retention: "2160h" },
    upgrades: { ...production.settings.upgrades, channel: "patch", nodeOsChannel: "SecurityPatch" },
    // Regulated workloads encrypt node disks with their own keys and at host (seed 003 "Data protection";
    // learn.microsoft.com/azure/aks/azure-disk-customer-managed-keys, /azure/aks/enable-host-encryption).
    security: {
      ...production.settings.security,
      hostEncryption: true,
      fips: true,
      customerManagedKeys: true,
    },
  },
  nodePools: production.nodePools,
  environments: ["staging", "prod"],
};

export const PRESETS: Record<PresetName, Preset> = { dev, production, regulated };

/** Defaults for workloads and namespaces that the spec leaves out. */
export const WORKLOAD_DEFAULTS = {
  // seed 001 "Escalamiento": two replicas minimum in production for availability; one in dev.
  replicas: {
    dev: { min: 1, max: 2 },
    production: { min: 2, max: 6 },
    regulated: { min: 3, max: 9 },
  } satisfies Record<PresetName, { min: number; max: number }>,
  // seed 001 "HorizontalPodAutoscaler": scale at 70% CPU.
  cpuTarget: 70,
  // seed 001: small services request 100m CPU and 128Mi memory.
  resources: { cpu: "100m", memory: "128Mi" },
  // The conventional Kubernetes health endpoint when the spec names none.
  healthPath: "/healthz",
  // seed 001 "LimitRange": container defaults in every namespace.
  limitRange: {
    defaultCpu: "500m",
    defaultMemory: "512Mi",
    defaultRequestCpu: "100m",
    defaultRequestMemory: "128Mi",
  },
} as const;
