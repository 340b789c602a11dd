import type { Rule } from "./types.js";
import { apiServerAccessRestricted } from "./azure/cluster/api-server-access-restricted.js";
import { apiServerNoOpenRange } from "./azure/cluster/api-server-no-open-range.js";
import { apiServerPrivate } from "./azure/cluster/api-server-private.js";
import { autoUpgradeChannel } from "./azure/cluster/auto-upgrade-channel.js";
import { azurePolicyAddon } from "./azure/cluster/azure-policy-addon.js";
import { azureRbacEnabled } from "./azure/cluster/azure-rbac-enabled.js";
import { containerInsightsEnabled } from "./azure/cluster/container-insights-enabled.js";
import { defenderEnabled } from "./azure/cluster/defender-enabled.js";
import { diagnosticSettings } from "./azure/cluster/diagnostic-settings.js";
import { diskEncryptionSet } from "./azure/cluster/disk-encryption-set.js";
import { dnsPrefixValid } from "./azure/cluster/dns-prefix-valid.js";
import { egressThroughFirewall } from "./azure/cluster/egress-through-firewall.js";
import { entraIdEnabled } from "./azure/cluster/entra-id-enabled.js";
import { httpApplicationRoutingDisabled } from "./azure/cluster/http-application-routing-disabled.js";
import { imageCleanerEnabled } from "./azure/cluster/image-cleaner-enabled.js";
import { keyVaultSecretsProvider } from "./azure/cluster/key-vault-secrets-provider.js";
import { kubeDashboardDisabled } from "./azure/cluster/kube-dashboard-disabled.js";
import { kubernetesRbacEnabled } from "./azure/cluster/kubernetes-rbac-enabled.js";
import { kubernetesVersionEndingSoon } from "./azure/cluster/kubernetes-version-ending-soon.js";
import { kubernetesVersionSupported } from "./azure/cluster/kubernetes-version-supported.js";
import { localAccountsDisabled } from "./azure/cluster/local-accounts-disabled.js";
import { maintenanceWindowAutoUpgrade } from "./azure/cluster/maintenance-window-auto-upgrade.js";
import { maintenanceWindowNodeOs } from "./azure/cluster/maintenance-window-node-os.js";
import { managedIdentity } from "./azure/cluster/managed-identity.js";
import { managedPrometheusEnabled } from "./azure/cluster/managed-prometheus-enabled.js";
import { nameValid } from "./azure/cluster/name-valid.js";
import { networkDataplaneCilium } from "./azure/cluster/network-dataplane-cilium.js";
import { networkPluginNotKubenet } from "./azure/cluster/network-plugin-not-kubenet.js";
import { networkPluginOverlay } from "./azure/cluster/network-plugin-overlay.js";
import { networkPolicyEnabled } from "./azure/cluster/network-policy-enabled.js";
import { nodeOsUpgradeChannel } from "./azure/cluster/node-os-upgrade-channel.js";
import { oidcIssuerEnabled } from "./azure/cluster/oidc-issuer-enabled.js";
import { outboundTypeControlled } from "./azure/cluster/outbound-type-controlled.js";
import { podIdentityDisabled } from "./azure/cluster/pod-identity-disabled.js";
import { runCommandDisabled } from "./azure/cluster/run-command-disabled.js";
import { secretRotationEnabled } from "./azure/cluster/secret-rotation-enabled.js";
import { skuTierStandard } from "./azure/cluster/sku-tier-standard.js";
import { standardLoadBalancer } from "./azure/cluster/standard-load-balancer.js";
import { userPoolPresent } from "./azure/cluster/user-pool-present.js";
import { workloadIdentityEnabled } from "./azure/cluster/workload-identity-enabled.js";
import { autoscalingEnabled } from "./azure/nodepool/autoscaling-enabled.js";
import { availabilityZones } from "./azure/nodepool/availability-zones.js";
import { ephemeralOsDisk } from "./azure/nodepool/ephemeral-os-disk.js";
import { fipsEnabled } from "./azure/nodepool/fips-enabled.js";
import { hostEncryption } from "./azure/nodepool/host-encryption.js";
import { maxPodsClassicCni } from "./azure/nodepool/max-pods-classic-cni.js";
import { maxPodsMinimum } from "./azure/nodepool/max-pods-minimum.js";
import { maxSurgeSet } from "./azure/nodepool/max-surge-set.js";
import { poolNameValid } from "./azure/nodepool/name-valid.js";
import { nodePublicIpDisabled } from "./azure/nodepool/node-public-ip-disabled.js";
import { orchestratorVersionMatches } from "./azure/nodepool/orchestrator-version-matches.js";
import { osSkuSupported } from "./azure/nodepool/os-sku-supported.js";
import { scaleSet } from "./azure/nodepool/scale-set.js";
import { spotPoolTaint } from "./azure/nodepool/spot-pool-taint.js";
import { spotPoolUserMode } from "./azure/nodepool/spot-pool-user-mode.js";
import { systemPoolMinCount } from "./azure/nodepool/system-pool-min-count.js";
import { systemPoolTaint } from "./azure/nodepool/system-pool-taint.js";
import { systemPoolVmSize } from "./azure/nodepool/system-pool-vm-size.js";
import { userPoolMinCount } from "./azure/nodepool/user-pool-min-count.js";
import { dnsServiceIpInRange } from "./azure/network/dns-service-ip-in-range.js";
import { noOpenManagementPorts } from "./azure/network/no-open-management-ports.js";
import { publicIpStandard } from "./azure/network/public-ip-standard.js";
import { publicIpZones } from "./azure/network/public-ip-zones.js";
import { podCidrCapacity } from "./azure/network/pod-cidr-capacity.js";
import { serviceCidrOverlap } from "./azure/network/service-cidr-overlap.js";
import { subnetCapacity } from "./azure/network/subnet-capacity.js";
import { subnetNsg } from "./azure/network/subnet-nsg.js";
import { vnetFlowLogs } from "./azure/network/vnet-flow-logs.js";
import { acrAdminUserDisabled } from "./azure/azure/acr-admin-user-disabled.js";
import { acrAnonymousPullDisabled } from "./azure/azure/acr-anonymous-pull-disabled.js";
import { acrGeoReplication } from "./azure/azure/acr-geo-replication.js";
import { acrPremiumSku } from "./azure/azure/acr-premium-sku.js";
import { acrPublicNetworkDisabled } from "./azure/azure/acr-public-network-disabled.js";
import { acrZoneRedundancy } from "./azure/azure/acr-zone-redundancy.js";
import { appGatewayV2 } from "./azure/azure/app-gateway-v2.js";
import { appGatewayWafEnabled } from "./azure/azure/app-gateway-waf-enabled.js";
import { appGatewayWafPrevention } from "./azure/azure/app-gateway-waf-prevention.js";
import { appGatewayZones } from "./azure/azure/app-gateway-zones.js";
import { diagnosticAuditDuplicate } from "./azure/azure/diagnostic-audit-duplicate.js";
import { diagnosticAuditLogs } from "./azure/azure/diagnostic-audit-logs.js";
import { diagnosticPlatformLogs } from "./azure/azure/diagnostic-platform-logs.js";
import { firewallIdpsDeny } from "./azure/azure/firewall-idps-deny.js";
import { firewallThreatIntelDeny } from "./azure/azure/firewall-threat-intel-deny.js";
import { firewallZones } from "./azure/azure/firewall-zones.js";
import { keyVaultPublicNetworkDisabled } from "./azure/azure/key-vault-public-network-disabled.js";
import { keyVaultPurgeProtection } from "./azure/azure/key-vault-purge-protection.js";
import { keyVaultRbacAuthorization } from "./azure/azure/key-vault-rbac-authorization.js";
import { keyVaultSoftDelete } from "./azure/azure/key-vault-soft-delete.js";
import { logAnalyticsRetention } from "./azure/azure/log-analytics-retention.js";
import { storageBlobPublicAccessDisabled } from "./azure/azure/storage-blob-public-access-disabled.js";
import { storageHttpsOnly } from "./azure/azure/storage-https-only.js";
import { storageMinTls } from "./azure/azure/storage-min-tls.js";
import { storagePublicNetworkDisabled } from "./azure/azure/storage-public-network-disabled.js";
import { storageSharedKeyDisabled } from "./azure/azure/storage-shared-key-disabled.js";

/**
 * Rules over managed clusters, node pools and other Azure resources: one file per rule under
 * rules/azure/<domain>/, most of them instances of the templates in rules/azure/templates.ts.
 */
export const AZURE_RULES: readonly Rule[] = [
  apiServerAccessRestricted,
  apiServerNoOpenRange,
  apiServerPrivate,
  autoUpgradeChannel,
  azurePolicyAddon,
  azureRbacEnabled,
  containerInsightsEnabled,
  defenderEnabled,
  diagnosticSettings,
  diskEncryptionSet,
  dnsPrefixValid,
  egressThroughFirewall,
  entraIdEnabled,
  httpApplicationRoutingDisabled,
  imageCleanerEnabled,
  keyVaultSecretsProvider,
  kubeDashboardDisabled,
  kubernetesRbacEnabled,
  kubernetesVersionEndingSoon,
  kubernetesVersionSupported,
  localAccountsDisabled,
  maintenanceWindowAutoUpgrade,
  maintenanceWindowNodeOs,
  managedIdentity,
  managedPrometheusEnabled,
  nameValid,
  networkDataplaneCilium,
  networkPluginNotKubenet,
  networkPluginOverlay,
  networkPolicyEnabled,
  nodeOsUpgradeChannel,
  oidcIssuerEnabled,
  outboundTypeControlled,
  podIdentityDisabled,
  runCommandDisabled,
  secretRotationEnabled,
  skuTierStandard,
  standardLoadBalancer,
  userPoolPresent,
  workloadIdentityEnabled,
  autoscalingEnabled,
  availabilityZones,
  ephemeralOsDisk,
  fipsEnabled,
  hostEncryption,
  maxPodsClassicCni,
  maxPodsMinimum,
  maxSurgeSet,
  poolNameValid,
  nodePublicIpDisabled,
  orchestratorVersionMatches,
  osSkuSupported,
  scaleSet,
  spotPoolTaint,
  spotPoolUserMode,
  systemPoolMinCount,
  systemPoolTaint,
  systemPoolVmSize,
  userPoolMinCount,
  dnsServiceIpInRange,
  noOpenManagementPorts,
  publicIpStandard,
  publicIpZones,
  podCidrCapacity,
  serviceCidrOverlap,
  subnetCapacity,
  subnetNsg,
  vnetFlowLogs,
  acrAdminUserDisabled,
  acrAnonymousPullDisabled,
  acrGeoReplication,
  acrPremiumSku,
  acrPublicNetworkDisabled,
  acrZoneRedundancy,
  appGatewayV2,
  appGatewayWafEnabled,
  appGatewayWafPrevention,
  appGatewayZones,
  diagnosticAuditDuplicate,
  diagnosticAuditLogs,
  diagnosticPlatformLogs,
  firewallIdpsDeny,
  firewallThreatIntelDeny,
  firewallZones,
  keyVaultPublicNetworkDisabled,
  keyVaultPurgeProtection,
  keyVaultRbacAuthorization,
  keyVaultSoftDelete,
  logAnalyticsRetention,
  storageBlobPublicAccessDisabled,
  storageHttpsOnly,
  storageMinTls,
  storagePublicNetworkDisabled,
  storageSharedKeyDisabled,
];
