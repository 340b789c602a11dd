/**
 * Sources the Azure-side rules cite: sections of the seed guides (../shared/seeds; 003 is Microsoft's
 * AKS baseline architecture) and Microsoft Learn pages. Named once so that titles stay consistent.
 */
import type { RuleSource } from "../types.js";

const learn = (title: string, path: string): RuleSource => ({
  title: `Microsoft Learn: ${title}`,
  url: `https://learn.microsoft.com/${path}`,
});

export const SEED = {
  computeBase: { title: "seed 003: Configure compute for the base cluster" },
  operatingSystem: { title: "seed 003: Select an operating system" },
  entraCluster: { title: "seed 003: Integrate Microsoft Entra ID for the cluster" },
  clusterAccess: { title: "seed 003: Cluster access" },
  azureRbac: { title: "seed 003: Use Azure RBAC for Kubernetes authorization" },
  localAccounts: { title: "seed 003: Local accounts" },
  entraWorkload: { title: "seed 003: Integrate Microsoft Entra ID for the workload" },
  networkingModel: { title: "seed 003: Select a networking model" },
  planIps: { title: "seed 003: Plan the IP addresses" },
  podIps: { title: "seed 003: Pod IP address space" },
  nodeSubnet: { title: "seed 003: Subnet to host the cluster nodes" },
  networkFlow: { title: "seed 003: Secure the network flow" },
  ingressFlow: { title: "seed 003: Ingress traffic flow" },
  egressFlow: { title: "seed 003: Egress traffic flow" },
  podToPod: { title: "seed 003: Pod-to-pod traffic" },
  managementTraffic: { title: "seed 003: Management traffic" },
  secrets: { title: "seed 003: Add secret management" },
  policy: { title: "seed 003: Policy management" },
  autoscaler: { title: "seed 003: Cluster autoscaler" },
  clusterNodes: { title: "seed 003: Cluster nodes" },
  zones: { title: "seed 003: Availability zones and multi-region support" },
  multiRegion: { title: "seed 003: Multiple regions" },
  apiSla: { title: "seed 003: Kubernetes API server SLA" },
  monitoring: { title: "seed 003: Monitor and collect logs and metrics" },
  loggingCost: { title: "seed 003: Cost optimization for logging" },
  updates: { title: "seed 003: Routine updates for AKS clusters" },
  nodeUpgrades: { title: "seed 003: In-place upgrades for nodes" },
  securityMonitoring: { title: "seed 003: Security monitoring" },
  imageReference: { title: "seed 003: Container image reference" },
  deployIngress: { title: "seed 003: Deploy ingress resources" },
  workloadStorage: { title: "seed 003: Workload storage" },
  privateCluster000: { title: "seed 000: Private cluster" },
  cniVsKubenet000: { title: "seed 000: Azure CNI vs Kubenet" },
  networkSecurity000: { title: "seed 000: Network security" },
  secretsStore000: { title: "seed 000: Instalar Secrets Store CSI driver" },
  monitoring000: { title: "seed 000: Monitoring y logging" },
  backup000: { title: "seed 000: Backup y disaster recovery" },
  nodePools000: { title: "seed 000: Node pools y scaling" },
  upgrades000: { title: "seed 000: Auto-upgrade channel" },
  security002: { title: "seed 002: Security" },
  clusterIac002: { title: "seed 002: Cluster IaC" },
  opsChecklist002: { title: "seed 002: Ops checklist" },
  overlay004: { title: "seed 004: 1. Networking: choose Azure CNI Overlay" },
  identity004: { title: "seed 004: 2. Identity: Workload Identity, not secrets" },
  observability004: { title: "seed 004: 5. Observability: managed Prometheus + Grafana" },
  scenario004: { title: "seed 004: Enterprise scenario" },
} as const satisfies Record<string, RuleSource>;

export const LEARN = {
  naming: learn(
    "Naming rules and restrictions for Azure resources",
    "azure/azure-resource-manager/management/resource-name-rules",
  ),
  versions: learn("Supported Kubernetes versions in AKS", "azure/aks/supported-kubernetes-versions"),
  pricingTiers: learn(
    "Free, Standard and Premium pricing tiers for AKS cluster management",
    "azure/aks/free-standard-pricing-tiers",
  ),
  localAccounts: learn(
    "Manage local accounts with AKS-managed Microsoft Entra integration",
    "azure/aks/manage-local-accounts-managed-azure-ad",
  ),
  entra: learn(
    "AKS-managed Microsoft Entra integration",
    "azure/aks/enable-authentication-microsoft-entra-id",
  ),
  azureRbac: learn("Use Azure RBAC for Kubernetes authorization", "azure/aks/manage-azure-rbac"),
  k8sRbac: learn("Access and identity options for AKS", "azure/aks/concepts-identity"),
  managedIdentity: learn("Use a managed identity in AKS", "azure/aks/use-managed-identity"),
  authorizedIps: learn(
    "Secure access to the API server using authorized IP address ranges in AKS",
    "azure/aks/api-server-authorized-ip-ranges",
  ),
  privateCluster: learn("Create a private AKS cluster", "azure/aks/private-clusters"),
  vnetIntegration: learn("API Server VNet Integration in AKS", "azure/aks/api-server-vnet-integration"),
  runCommand: learn(
    "Access a private AKS cluster using the command invoke feature",
    "azure/aks/access-private-cluster",
  ),
  cniOverview: learn("Azure CNI networking overview", "azure/aks/concepts-network-cni-overview"),
  overlay: learn("Configure Azure CNI Overlay networking in AKS", "azure/aks/azure-cni-overlay"),
  kubenetRetirement: learn("Migrate from kubenet to Azure CNI Overlay", "azure/aks/upgrade-azure-cni"),
  cilium: learn("Configure Azure CNI Powered by Cilium in AKS", "azure/aks/azure-cni-powered-by-cilium"),
  networkPolicy: learn(
    "Secure traffic between pods by using network policies in AKS",
    "azure/aks/use-network-policies",
  ),
  outbound: learn("Customize cluster egress with outbound types in AKS", "azure/aks/egress-outboundtype"),
  egressFirewall: learn("Limit network traffic with Azure Firewall in AKS", "azure/aks/limit-egress-traffic"),
  standardLb: learn("Use a public Standard Load Balancer in AKS", "azure/aks/load-balancer-standard"),
  maxPods: learn("Configure maximum pods per node in AKS", "azure/aks/concepts-network-ip-address-planning"),
  workloadIdentity: learn("Use Microsoft Entra Workload ID with AKS", "azure/aks/workload-identity-overview"),
  oidcIssuer: learn("Create an OpenID Connect provider on AKS", "azure/aks/use-oidc-issuer"),
  defender: learn(
    "Enable Microsoft Defender for Containers",
    "azure/defender-for-cloud/defender-for-containers-enable",
  ),
  imageCleaner: learn(
    "Use Image Cleaner to clean up stale images on your AKS cluster",
    "azure/aks/image-cleaner",
  ),
  csiSecrets: learn(
    "Use the Azure Key Vault provider for Secrets Store CSI Driver in AKS",
    "azure/aks/csi-secrets-store-driver",
  ),
  csiRotation: learn(
    "Azure Key Vault provider for Secrets Store CSI Driver: auto-rotation",
    "azure/aks/csi-secrets-store-configuration-options",
  ),
  azurePolicy: learn("Secure your AKS clusters with Azure Policy", "azure/aks/use-azure-policy"),
  containerInsights: learn(
    "Enable monitoring for Kubernetes clusters",
    "azure/azure-monitor/containers/kubernetes-monitoring-enable",
  ),
  monitorAks: learn("Monitor Azure Kubernetes Service", "azure/aks/monitor-aks"),
  resourceLogs: learn("AKS control plane resource logs", "azure/aks/monitor-aks-reference"),
  managedPrometheus: learn(
    "Azure Monitor managed service for Prometheus",
    "azure/azure-monitor/metrics/prometheus-metrics-overview",
  ),
  autoUpgrade: learn("Automatically upgrade an AKS cluster", "azure/aks/auto-upgrade-cluster"),
  nodeOsUpgrade: learn("Autoupgrade node OS images", "azure/aks/auto-upgrade-node-os-image"),
  plannedMaintenance: learn(
    "Use planned maintenance to schedule and control upgrades for your AKS cluster",
    "azure/aks/planned-maintenance",
  ),
  httpAppRouting: learn("HTTP application routing add-on (retired)", "azure/aks/http-application-routing"),
  dashboard: learn("Kubernetes dashboard (retired in AKS)", "azure/aks/kubernetes-portal"),
  diskEncryption: learn(
    "Bring your own keys (BYOK) with Azure managed disks in AKS",
    "azure/aks/azure-disk-customer-managed-keys",
  ),
  hostEncryption: learn("Host-based encryption on AKS", "azure/aks/enable-host-encryption"),
  fips: learn("Enable FIPS for AKS node pools", "azure/aks/enable-fips-nodes"),
  systemPools: learn("Manage system node pools in AKS", "azure/aks/use-system-pools"),
  multiplePools: learn("Create node pools for a cluster in AKS", "azure/aks/create-node-pools"),
  clusterAutoscaler: learn("Use the cluster autoscaler in AKS", "azure/aks/cluster-autoscaler"),
  zones: learn("Create an AKS cluster that uses availability zones", "azure/aks/availability-zones"),
  ephemeralOs: learn("Ephemeral OS disks in AKS", "azure/aks/concepts-storage#ephemeral-os-disk"),
  upgradeSettings: learn(
    "Customize node surge upgrade",
    "azure/aks/upgrade-aks-cluster#customize-node-surge-upgrade",
  ),
  spot: learn("Add an Azure Spot node pool to an AKS cluster", "azure/aks/spot-node-pool"),
  osSku: learn("Azure Linux container host for AKS", "azure/azure-linux/intro-azure-linux"),
  burstable: learn(
    "B-series burstable virtual machine sizes",
    "azure/virtual-machines/sizes-b-series-burstable",
  ),
  nodePublicIp: learn("Use instance-level public IPs in AKS", "azure/aks/use-node-public-ips"),
  scaleSets: learn(
    "Node pools and virtual machine scale sets in AKS",
    "azure/aks/core-aks-concepts#node-pools",
  ),
  acrAuth: learn(
    "Authenticate with an Azure container registry",
    "azure/container-registry/container-registry-authentication",
  ),
  acrAnonymous: learn(
    "Make your container registry content publicly available (anonymous pull)",
    "azure/container-registry/anonymous-pull-access",
  ),
  acrSkus: learn(
    "Azure Container Registry service tiers",
    "azure/container-registry/container-registry-skus",
  ),
  acrPrivateLink: learn(
    "Connect privately to an Azure container registry using Azure Private Link",
    "azure/container-registry/container-registry-private-link",
  ),
  acrGeo: learn(
    "Geo-replication in Azure Container Registry",
    "azure/container-registry/container-registry-geo-replication",
  ),
  acrZones: learn(
    "Enable zone redundancy in Azure Container Registry",
    "azure/container-registry/zone-redundancy",
  ),
  kvRbac: learn(
    "Provide access to Key Vault keys, certificates, and secrets with Azure RBAC",
    "azure/key-vault/general/rbac-guide",
  ),
  kvRecovery: learn(
    "Azure Key Vault recovery management with soft delete and purge protection",
    "azure/key-vault/general/key-vault-recovery",
  ),
  kvNetwork: learn(
    "Configure Azure Key Vault networking settings",
    "azure/key-vault/general/how-to-azure-key-vault-network-security",
  ),
  logRetention: learn(
    "Manage data retention in a Log Analytics workspace",
    "azure/azure-monitor/logs/data-retention-configure",
  ),
  appGwWaf: learn(
    "What is Azure Web Application Firewall on Azure Application Gateway?",
    "azure/web-application-firewall/ag/ag-overview",
  ),
  appGwWafModes: learn(
    "WAF modes on Application Gateway",
    "azure/web-application-firewall/ag/ag-overview#waf-modes",
  ),
  appGwV1Retirement: learn(
    "Migrate Azure Application Gateway and Web Application Firewall from V1 to V2",
    "azure/application-gateway/migrate-v1-v2",
  ),
  appGwZones: learn(
    "Application Gateway v2 autoscaling and zone redundancy",
    "azure/application-gateway/application-gateway-autoscaling-zone-redundant",
  ),
  firewallThreatIntel: learn(
    "Azure Firewall threat intelligence-based filtering",
    "azure/firewall/threat-intel",
  ),
  firewallIdps: learn("Azure Firewall Premium features: IDPS", "azure/firewall/premium-features#idps"),
  firewallZones: learn(
    "Deploy an Azure Firewall with availability zones",
    "azure/firewall/deploy-availability-zone-powershell",
  ),
  publicIp: learn(
    "Public IP addresses in Azure (SKUs and availability zones)",
    "azure/virtual-network/ip-services/public-ip-addresses",
  ),
  nsg: learn("Network security groups", "azure/virtual-network/network-security-groups-overview"),
  vnetFlowLogs: learn("Virtual network flow logs", "azure/network-watcher/vnet-flow-logs-overview"),
  storageHttps: learn(
    "Require secure transfer to ensure secure connections",
    "azure/storage/common/storage-require-secure-transfer",
  ),
  storageTls: learn(
    "Enforce a minimum required version of TLS for requests to a storage account",
    "azure/storage/common/transport-layer-security-configure-minimum-version",
  ),
  storageBlobPublic: learn(
    "Prevent anonymous read access to containers and blobs",
    "azure/storage/blobs/anonymous-read-access-prevent",
  ),
  storageNetwork: learn(
    "Configure Azure Storage firewalls and virtual networks",
    "azure/storage/common/storage-network-security",
  ),
  storageSharedKey: learn(
    "Prevent Shared Key authorization for an Azure Storage account",
    "azure/storage/common/shared-key-authorization-prevent",
  ),
  velero: learn("Back up and restore AKS with Velero", "azure/aks/aks-backup-velero"),
} as const satisfies Record<string, RuleSource>;
