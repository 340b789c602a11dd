/**
 * The platform spec: one zod source for the types, the validation and the published JSON Schema
 * (STYLE.md habit 5: types, defaults and validation apart — defaults live in presets.ts, semantic
 * validation in validate.ts).
 *
 * `Settings` is the complete set of cluster settings: every field required. Presets are complete
 * Settings; the spec and each environment give partial Settings that override the preset. The
 * resolver (src/model/resolve.ts) merges preset ← spec ← environment and records where each value came from.
 */
import { z } from "zod";

// ---------------------------------------------------------------------------------------------------------
// Scalars

export const cidrString = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, "must be an IPv4 CIDR such as 10.240.0.0/16")
  .describe("IPv4 address range in CIDR notation, e.g. 10.240.0.0/16.");
export const ipString = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,3}){3}$/, "must be an IPv4 address such as 10.0.0.10")
  .describe("IPv4 address.");
const quantity = z
  .string()
  .regex(
    /^([0-9]+(\.[0-9]+)?)(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/,
    'must be a Kubernetes quantity such as "500m", "2" or "1Gi"',
  )
  .describe("Kubernetes resource quantity.");
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time "HH:MM" (24-hour)');
const duration = z
  .string()
  .regex(/^(\d+h)?(\d+m)?(\d+s)?$/, 'must be a duration such as "720h" or "10m"')
  .refine((s) => s.length > 0, "must not be empty")
  .describe('Duration in Go notation, e.g. "720h", "10m".');
const guid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "must be a GUID")
  .describe("Microsoft Entra object id (GUID).");
const dnsName = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a DNS label: lowercase letters, digits and '-'")
  .max(63);
const hostName = z
  .string()
  .regex(
    /^(\*\.)?([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/,
    "must be a DNS host name such as api.contoso.com",
  );
const email = z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "must be an e-mail address");
const weekday = z.enum(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
const k8sVersion = z
  .string()
  .regex(/^1\.\d{2}(\.\d+)?$/, 'must be a Kubernetes version such as "1.36" or "1.36.2"')
  .describe("Kubernetes version (minor, or minor.patch).");

// ---------------------------------------------------------------------------------------------------------
// Settings sections (complete; presets give every field)

export const NetworkSettings = z
  .strictObject({
    topology: z
      .enum(["hub-spoke", "standalone"])
      .describe(
        "hub-spoke: a shared hub VNet (firewall, Bastion, gateway) peered to one spoke VNet per environment; standalone: one VNet per cluster.",
      ),
    hub: z
      .strictObject({
        addressSpace: cidrString.describe("Address space of the hub VNet (shared by all environments)."),
        firewall: z.boolean().describe("Deploy Azure Firewall in AzureFirewallSubnet."),
        firewallSku: z
          .enum(["Standard", "Premium"])
          .describe("Azure Firewall SKU tier (Premium adds TLS inspection and IDPS)."),
        bastion: z
          .boolean()
          .describe("Deploy Azure Bastion in AzureBastionSubnet for private cluster access."),
        vpnGateway: z.boolean().describe("Reserve GatewaySubnet and deploy a VPN gateway."),
      })
      .describe("The hub VNet (hub-spoke topology)."),
    spokeAddressSpace: cidrString.describe(
      "Address space of the environment's spoke (or standalone) VNet; set a different one per environment.",
    ),
    subnets: z
      .strictObject({
        systemNodes: cidrString
          .describe("Subnet for the System node pool; laid out automatically when absent.")
          .optional(),
        userNodes: cidrString
          .describe("Subnet for User node pools; laid out automatically when absent.")
          .optional(),
        ingress: cidrString.describe("Subnet for internal load balancers / ingress.").optional(),
        applicationGateway: cidrString
          .describe("Subnet for Application Gateway (WAF_v2) or Application Gateway for Containers.")
          .optional(),
        privateEndpoints: cidrString
          .describe("Subnet for private endpoints (registry, Key Vault).")
          .optional(),
        apiServer: cidrString.describe("Delegated subnet for API server VNet integration.").optional(),
      })
      .describe("Explicit subnet ranges inside the spoke; any left out are laid out by akskit."),
    plugin: z
      .enum(["azure-overlay", "azure", "kubenet"])
      .describe(
        "azure-overlay: Azure CNI Overlay (pods get IPs from podCidr, 1 VNet IP per node); azure: classic Azure CNI (1 + maxPods VNet IPs per node); kubenet: legacy, flagged.",
      ),
    dataPlane: z
      .enum(["cilium", "azure"])
      .describe("Network data plane: Azure CNI powered by Cilium (eBPF) or the Azure data plane."),
    networkPolicy: z
      .enum(["cilium", "azure", "calico", "none"])
      .describe("Network policy engine enforcing Kubernetes NetworkPolicy."),
    podCidr: cidrString.describe(
      "Pod address range (CNI Overlay and kubenet); each node gets a /24 from it.",
    ),
    serviceCidr: cidrString.describe("Kubernetes service address range; must not overlap any VNet range."),
    dnsServiceIp: ipString.describe("Cluster DNS service IP; inside serviceCidr and not its first address."),
    egress: z
      .enum(["firewall", "nat-gateway", "load-balancer"])
      .describe(
        "Outbound path: firewall = user-defined route 0.0.0.0/0 to Azure Firewall; nat-gateway = managed NAT gateway on the node subnets; load-balancer = the cluster's standard load balancer.",
      ),
    reservedRanges: z
      .array(cidrString)
      .describe("On-premises and peered ranges that no akskit range may overlap."),
  })
  .describe("Virtual network, CNI and egress.");

export const ApiServerSettings = z
  .strictObject({
    access: z
      .enum(["private", "vnet-integration", "public"])
      .describe(
        "private: private cluster (API server on a private endpoint); vnet-integration: API server VNet integration with private access; public: public endpoint limited to authorizedIpRanges.",
      ),
    authorizedIpRanges: z.array(cidrString).describe("Ranges allowed to reach a public API server."),
    privateDnsZone: z.enum(["system", "none"]).describe("Private DNS zone handling for private clusters."),
  })
  .describe("Kubernetes API server exposure.");

export const IdentitySettings = z
  .strictObject({
    adminGroupObjectIds: z.array(guid).describe("Microsoft Entra groups granted cluster admin."),
    azureRbac: z.boolean().describe("Use Azure RBAC for Kubernetes authorization."),
    localAccounts: z.boolean().describe("Keep local (certificate) accounts; production disables them."),
    workloadIdentity: z.boolean().describe("Enable the OIDC issuer and Microsoft Entra Workload ID."),
  })
  .describe("Cluster access and workload identity.");

export const IngressSettings = z
  .strictObject({
    controller: z
      .enum(["app-routing", "nginx", "traefik", "agc", "agic", "none"])
      .describe(
        "app-routing: the AKS application routing add-on (managed NGINX); nginx / traefik: self-managed through GitOps; agc: Application Gateway for Containers; agic: Application Gateway Ingress Controller.",
      ),
    waf: z.boolean().describe("Put an Application Gateway WAF_v2 with a WAF policy in front of ingress."),
    wafMode: z.enum(["Detection", "Prevention"]).describe("WAF policy mode."),
    gatewayApi: z
      .boolean()
      .describe("Route workloads with Gateway API HTTPRoutes instead of Ingress objects."),
    tls: z
      .strictObject({
        issuer: z
          .enum(["letsencrypt", "letsencrypt-staging", "none"])
          .describe("cert-manager ClusterIssuer used for workload certificates."),
        email: email.describe("ACME account e-mail for Let's Encrypt."),
      })
      .describe("TLS through cert-manager."),
  })
  .describe("Ingress controller, WAF and TLS.");

export const RegistrySettings = z
  .strictObject({
    enabled: z
      .boolean()
      .describe("Create an Azure Container Registry and grant the kubelet identity AcrPull."),
    sku: z
      .enum(["Basic", "Standard", "Premium"])
      .describe("Registry SKU; private endpoints and geo-replication need Premium."),
    privateEndpoint: z
      .boolean()
      .describe("Reach the registry through a private endpoint; disables public network access."),
    geoReplicas: z
      .array(z.string().regex(/^[a-z0-9]+$/, "must be an Azure region name such as northeurope"))
      .describe("Regions to replicate the registry to."),
  })
  .describe("Azure Container Registry.");

export const KeyVaultSettings = z
  .strictObject({
    enabled: z.boolean().describe("Create a Key Vault (RBAC authorization) for workload secrets."),
    privateEndpoint: z
      .boolean()
      .describe("Reach Key Vault through a private endpoint; disables public network access."),
    secretRotation: z.boolean().describe("Enable secret rotation in the Key Vault secrets provider add-on."),
    rotationInterval: duration.describe("How often the CSI driver polls for new secret versions."),
    purgeProtection: z.boolean().describe("Enable purge protection."),
    softDeleteDays: z.int().min(7).max(90).describe("Soft-delete retention in days (7–90)."),
  })
  .describe("Azure Key Vault and the secrets store CSI driver.");

export const ObservabilitySettings = z
  .strictObject({
    containerInsights: z
      .boolean()
      .describe("Container Insights (logs to Log Analytics with managed identity auth, ContainerLogV2)."),
    managedPrometheus: z.boolean().describe("Azure Monitor managed service for Prometheus."),
    grafana: z.boolean().describe("Azure Managed Grafana linked to the Azure Monitor workspace."),
    selfHostedPrometheus: z
      .boolean()
      .describe("Run kube-prometheus-stack in the cluster through GitOps instead of managed Prometheus."),
    logRetentionDays: z.int().min(30).max(730).describe("Log Analytics retention in days."),
    flowLogs: z
      .boolean()
      .describe(
        "Virtual network flow logs for the hub and spoke VNets (Network Watcher), kept logRetentionDays, with traffic analytics in Log Analytics.",
      ),
    logCategories: z
      .array(
        z.enum([
          "kube-apiserver",
          "kube-audit",
          "kube-audit-admin",
          "kube-controller-manager",
          "kube-scheduler",
          "cluster-autoscaler",
          "cloud-controller-manager",
          "guard",
          "csi-azuredisk-controller",
          "csi-azurefile-controller",
          "csi-snapshot-controller",
        ]),
      )
      .describe("Control plane log categories sent to Log Analytics by the diagnostic setting."),
    alertEmails: z.array(email).describe("Recipients of the action group's alert e-mails."),
    slo: z
      .strictObject({
        availability: z
          .number()
          .min(90)
          .max(99.999)
          .describe("Default availability target (%) for workloads' burn-rate alerts."),
        latencyP99Ms: z.int().min(1).describe("Default p99 latency target in milliseconds."),
      })
      .describe("Service level objectives."),
  })
  .describe("Monitoring, logging and alerting.");

export const PolicySettings = z
  .strictObject({
    azurePolicy: z
      .enum(["baseline", "restricted", "none"])
      .describe(
        "Azure Policy initiative assigned to the cluster: the Kubernetes pod security baseline or restricted standards.",
      ),
    mode: z
      .enum(["audit", "deny"])
      .describe(
        "Audit reports violations; deny blocks them (Azure Policy effect and Kyverno/Gatekeeper enforcement).",
      ),
    engine: z
      .enum(["kyverno", "gatekeeper", "none"])
      .describe("In-cluster policy engine installed through GitOps."),
    podSecurity: z
      .enum(["restricted", "baseline"])
      .describe("Pod Security Standard enforced by the policy engine and namespace labels."),
    allowedRegistries: z
      .array(z.string().min(1))
      .describe("Registries images may come from (the platform registry is always allowed)."),
    requiredLabels: z
      .array(
        z
          .string()
          .regex(
            /^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/,
            "must be a Kubernetes label key",
          ),
      )
      .describe("Labels every workload must carry."),
    verifyImages: z
      .strictObject({
        enabled: z.boolean().describe("Verify image signatures (Kyverno verifyImages / Notation or cosign)."),
        publicKey: z.string().describe("PEM public key of the signer (cosign); empty for keyless."),
      })
      .describe("Image signature verification."),
  })
  .describe("Azure Policy and in-cluster policy.");

export const BackupSettings = z
  .strictObject({
    tool: z
      .enum(["velero", "aks-backup", "none"])
      .describe(
        "Velero (storage account + workload identity) or the AKS backup extension with a Backup vault.",
      ),
    schedule: z
      .string()
      .regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression such as "0 2 * * *"')
      .describe("Cron schedule of the backup."),
    retention: duration.describe("How long backups are kept (Velero TTL)."),
    namespaces: z
      .array(dnsName)
      .describe("Namespaces to back up; empty means every namespace the spec declares."),
  })
  .describe("Cluster backup.");

const maintenanceWindow = z
  .strictObject({
    day: weekday.describe("Day of the week."),
    start: hhmm.describe('Start time "HH:MM".'),
    hours: z.int().min(4).max(24).describe("Duration in hours (AKS requires at least 4)."),
    utcOffset: z
      .string()
      .regex(/^[+-]\d{2}:\d{2}$/, 'must be an offset such as "+00:00"')
      .describe("UTC offset of the start time."),
  })
  .describe("A weekly maintenance window.");

export const UpgradeSettings = z
  .strictObject({
    channel: z
      .enum(["none", "patch", "stable", "rapid", "node-image"])
      .describe("Cluster auto-upgrade channel."),
    nodeOsChannel: z
      .enum(["None", "Unmanaged", "NodeImage", "SecurityPatch"])
      .describe("Node OS upgrade channel."),
    maintenanceWindow: maintenanceWindow.describe(
      "When cluster auto-upgrades may run (aksManagedAutoUpgradeSchedule).",
    ),
    nodeOsMaintenanceWindow: maintenanceWindow.describe(
      "When node OS upgrades may run (aksManagedNodeOSUpgradeSchedule).",
    ),
    maxSurge: z
      .string()
      .regex(/^(\d+%|\d+)$/, 'must be a count such as "1" or a percentage such as "33%"')
      .describe("Default extra nodes during node pool upgrades."),
    strategy: z
      .enum(["rolling", "blue-green"])
      .describe(
        "rolling: in-place surge upgrades; blue-green: new node pool at the target version, then drain the old one (seed 002).",
      ),
  })
  .describe("Upgrade channels and maintenance windows.");

export const SecuritySettings = z
  .strictObject({
    defender: z.boolean().describe("Microsoft Defender for Containers security profile."),
    imageCleaner: z.boolean().describe("Image Cleaner removes stale vulnerable images from nodes."),
    imageCleanerIntervalHours: z.int().min(24).max(2160).describe("Image Cleaner scan interval."),
    hostEncryption: z.boolean().describe("Encryption at host for node disks."),
    fips: z.boolean().describe("FIPS 140-2 enabled node images."),
    customerManagedKeys: z
      .boolean()
      .describe(
        "Encrypt node OS and data disks with a customer-managed key: a Key Vault key and a disk encryption set.",
      ),
  })
  .describe("Cluster security profile.");

export const GitOpsSettings = z
  .strictObject({
    enabled: z.boolean().describe("Install the Flux extension and point it at the generated repository."),
    repository: z
      .string()
      .regex(/^(https:\/\/|ssh:\/\/|git@)\S+$/, "must be an https:// or ssh:// Git URL")
      .describe("Git repository Flux reconciles."),
    branch: z.string().min(1).describe("Branch (path-per-environment layout)."),
    layout: z
      .enum(["path-per-environment", "branch-per-environment"])
      .describe("One branch with clusters/<env> paths, or one branch per environment (seed 002)."),
    interval: duration.describe("Flux reconciliation interval."),
  })
  .describe("Flux GitOps.");

export const AutoscalerSettings = z
  .strictObject({
    expander: z
      .enum(["random", "least-waste", "most-pods", "priority"])
      .describe("Cluster autoscaler expander."),
    scanInterval: duration.describe("How often the autoscaler re-evaluates."),
    scaleDownUnneededTime: duration.describe("How long a node must be unneeded before scale-down."),
    scaleDownDelayAfterAdd: duration.describe("Delay after scale-up before scale-down is considered."),
    balanceSimilarNodeGroups: z.boolean().describe("Balance node counts across similar pools (zones)."),
  })
  .describe("Cluster autoscaler profile.");

export const NodePoolDefaults = z
  .strictObject({
    zones: z.array(z.enum(["1", "2", "3"])).describe("Availability zones."),
    osSku: z.enum(["AzureLinux", "Ubuntu", "Windows2022"]).describe("Node OS."),
    maxPods: z.int().min(10).max(250).describe("Max pods per node."),
    osDiskType: z.enum(["Ephemeral", "Managed"]).describe("OS disk type."),
    osDiskSizeGb: z.int().min(30).max(2048).describe("OS disk size in GiB."),
  })
  .describe("Defaults applied to every node pool.");

export const Settings = z.strictObject({
  tier: z
    .enum(["Free", "Standard", "Premium"])
    .describe("AKS pricing tier; Standard and Premium carry the uptime SLA."),
  kubernetesVersion: k8sVersion,
  network: NetworkSettings,
  apiServer: ApiServerSettings,
  identity: IdentitySettings,
  ingress: IngressSettings,
  registry: RegistrySettings,
  keyVault: KeyVaultSettings,
  observability: ObservabilitySettings,
  policy: PolicySettings,
  backup: BackupSettings,
  upgrades: UpgradeSettings,
  security: SecuritySettings,
  gitops: GitOpsSettings,
  autoscaler: AutoscalerSettings,
  nodePoolDefaults: NodePoolDefaults,
});
export type Settings = z.infer<typeof Settings>;

// ---------------------------------------------------------------------------------------------------------
// Node pools, namespaces, workloads

const taint = z
  .string()
  .regex(
    /^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?(=[A-Za-z0-9_.-]*)?:(NoSchedule|PreferNoSchedule|NoExecute)$/,
    'must be a taint "key=value:Effect"',
  );

const nodePoolFields = {
  name: z
    .string()
    .describe(
      "Pool name: lowercase letters and digits, starting with a letter (≤ 12 characters, ≤ 6 for Windows).",
    ),
  mode: z.enum(["System", "User"]).describe("System pools run critical add-ons; User pools run workloads."),
  vmSize: z
    .string()
    .regex(/^Standard_[A-Za-z0-9_]+$/, "must be an Azure VM size such as Standard_D4ds_v5")
    .describe("VM size."),
  min: z.int().min(0).max(1000).describe("Autoscaler minimum node count."),
  max: z.int().min(0).max(1000).describe("Autoscaler maximum node count."),
  zones: z.array(z.enum(["1", "2", "3"])).describe("Availability zones (overrides nodePoolDefaults)."),
  osSku: z.enum(["AzureLinux", "Ubuntu", "Windows2022"]).describe("Node OS (overrides nodePoolDefaults)."),
  maxPods: z.int().min(10).max(250).describe("Max pods per node (overrides nodePoolDefaults)."),
  osDiskType: z.enum(["Ephemeral", "Managed"]).describe("OS disk type (overrides nodePoolDefaults)."),
  osDiskSizeGb: z.int().min(30).max(2048).describe("OS disk size in GiB."),
  priority: z.enum(["Regular", "Spot"]).describe("Spot pools use evictable capacity at a discount."),
  evictionPolicy: z.enum(["Delete", "Deallocate"]).describe("What happens to evicted spot nodes."),
  spotMaxPrice: z
    .number()
    .describe("Max hourly price for spot nodes; -1 means up to the pay-as-you-go price."),
  taints: z.array(taint).describe('Node taints "key=value:Effect".'),
  labels: z.record(z.string(), z.string()).describe("Node labels."),
  gpu: z.boolean().describe("GPU pool: tainted sku=gpu:NoSchedule, labelled accelerator=nvidia."),
  maxSurge: z
    .string()
    .regex(/^(\d+%|\d+)$/, 'must be a count such as "1" or a percentage such as "33%"')
    .describe("Extra nodes during upgrades (overrides upgrades.maxSurge)."),
};

export const NodePool = z
  .strictObject({
    ...nodePoolFields,
    zones: nodePoolFields.zones.optional(),
    osSku: nodePoolFields.osSku.optional(),
    maxPods: nodePoolFields.maxPods.optional(),
    osDiskType: nodePoolFields.osDiskType.optional(),
    osDiskSizeGb: nodePoolFields.osDiskSizeGb.optional(),
    priority: nodePoolFields.priority.optional(),
    evictionPolicy: nodePoolFields.evictionPolicy.optional(),
    spotMaxPrice: nodePoolFields.spotMaxPrice.optional(),
    taints: nodePoolFields.taints.optional(),
    labels: nodePoolFields.labels.optional(),
    gpu: nodePoolFields.gpu.optional(),
    maxSurge: nodePoolFields.maxSurge.optional(),
  })
  .describe("A node pool (virtual machine scale set).");
export type NodePool = z.infer<typeof NodePool>;

export const NodePoolOverride = z
  .strictObject(
    Object.fromEntries(
      Object.entries(nodePoolFields)
        .filter(([k]) => k !== "name")
        .map(([k, v]) => [k, v.optional()]),
    ) as {
      [K in Exclude<keyof typeof nodePoolFields, "name">]: z.ZodOptional<(typeof nodePoolFields)[K]>;
    },
  )
  .describe(
    "Per-environment changes to a node pool; a name the spec does not have adds a pool (then mode, vmSize, min and max are required).",
  );

export const Namespace = z
  .strictObject({
    name: dnsName.describe("Namespace name."),
    team: z.string().min(1).describe("Owning team (label `team`)."),
    podSecurity: z
      .enum(["restricted", "baseline", "privileged"])
      .describe("Pod Security Admission level (defaults to policy.podSecurity).")
      .optional(),
    quota: z
      .strictObject({
        cpu: quantity.describe("requests.cpu"),
        memory: quantity.describe("requests.memory"),
        limitsCpu: quantity.describe("limits.cpu (defaults to 2 × cpu)").optional(),
        limitsMemory: quantity.describe("limits.memory (defaults to 2 × memory)").optional(),
        pods: z.int().min(1).describe("pods"),
      })
      .describe("ResourceQuota for the namespace.")
      .optional(),
    limits: z
      .strictObject({
        defaultCpu: quantity,
        defaultMemory: quantity,
        defaultRequestCpu: quantity,
        defaultRequestMemory: quantity,
      })
      .describe("LimitRange container defaults.")
      .optional(),
    labels: z.record(z.string(), z.string()).describe("Extra namespace labels.").optional(),
  })
  .describe("A namespace with its team, quota, limits and Pod Security level.");
export type Namespace = z.infer<typeof Namespace>;

const roleAssignment = z.strictObject({
  role: z
    .string()
    .min(1)
    .describe('Azure built-in role name, e.g. "Key Vault Secrets User", "Storage Blob Data Reader".'),
  scope: z.string().min(1).describe('"keyVault", "registry", "resourceGroup", or a full Azure resource id.'),
});

const replicas = z.strictObject({
  min: z.int().min(0).max(1000).describe("Minimum replicas (HPA minReplicas)."),
  max: z
    .int()
    .min(1)
    .max(1000)
    .describe("Maximum replicas (HPA maxReplicas); equal to min for a fixed count."),
  cpuTarget: z.int().min(1).max(100).describe("Target average CPU utilization (%).").optional(),
  memoryTarget: z.int().min(1).max(100).describe("Target average memory utilization (%).").optional(),
});

const resources = z.strictObject({
  cpu: quantity.describe("CPU request."),
  memory: quantity.describe("Memory request."),
  cpuLimit: quantity.describe("CPU limit (omit to allow bursting).").optional(),
  memoryLimit: quantity.describe("Memory limit (defaults to the request).").optional(),
});

export const Workload = z
  .strictObject({
    name: dnsName.describe("Workload name (Deployment, Service and ServiceAccount name)."),
    namespace: dnsName.describe("Namespace; must be declared in spec.namespaces."),
    image: z
      .string()
      .regex(
        /^[a-z0-9.-]+(:\d+)?\/[a-z0-9._/-]+(:[A-Za-z0-9._-]+)?(@sha256:[a-f0-9]{64})?$/,
        "must be a registry image reference such as contosoacr.azurecr.io/api:1.4.2",
      )
      .describe("Image with registry and tag (or digest)."),
    port: z.int().min(1).max(65535).describe("Container port the Service targets."),
    replicas: replicas.describe("Replica count and autoscaling targets.").optional(),
    resources: resources.describe("Requests and limits.").optional(),
    health: z
      .strictObject({
        path: z
          .string()
          .regex(/^\//, "must start with /")
          .describe("HTTP path for readiness and liveness probes."),
        livenessPath: z
          .string()
          .regex(/^\//, "must start with /")
          .describe("Separate liveness path.")
          .optional(),
        startupSeconds: z
          .int()
          .min(0)
          .max(600)
          .describe("Allow this long to start (adds a startup probe).")
          .optional(),
      })
      .describe("Health probes.")
      .optional(),
    ingress: z
      .strictObject({
        host: hostName.describe("Public host name."),
        path: z.string().regex(/^\//, "must start with /").describe("Path prefix.").optional(),
      })
      .describe("Expose through the ingress controller with TLS.")
      .optional(),
    identity: z
      .strictObject({
        roles: z
          .array(roleAssignment)
          .describe("Azure role assignments for the workload's managed identity."),
      })
      .describe("Microsoft Entra Workload ID: a user-assigned identity federated with the service account.")
      .optional(),
    secrets: z
      .array(z.string().regex(/^[0-9a-zA-Z-]{1,127}$/, "must be a Key Vault secret name"))
      .describe("Key Vault secrets mounted through the CSI driver.")
      .optional(),
    secretEnv: z
      .record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "must be an environment variable name"), z.string())
      .optional()
      .describe(
        "Environment variables taken from mounted secrets (synced Kubernetes Secret): NAME: secret-name.",
      ),
    env: z
      .record(
        z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name"),
        z.string(),
      )
      .describe("Plain environment variables (never secrets).")
      .optional(),
    allowFrom: z
      .array(z.string().regex(/^([a-z0-9-]+\/)?[a-z0-9-]+$/, "must be a workload name or namespace/workload"))
      .describe("Workloads allowed to call this one (NetworkPolicy).")
      .optional(),
    nodePool: z.string().describe("Node pool to run on (node selector and tolerations).").optional(),
    pdb: z
      .strictObject({
        maxUnavailable: z
          .union([z.int().min(1), z.string().regex(/^\d+%$/)])
          .describe("Pods that may be down during a drain."),
      })
      .describe("PodDisruptionBudget (defaults to maxUnavailable 1 when replicas > 1).")
      .optional(),
    metrics: z
      .strictObject({ path: z.string().regex(/^\//), port: z.int().min(1).max(65535) })
      .describe("Prometheus scrape endpoint.")
      .optional(),
    slo: z
      .strictObject({ availability: z.number().min(90).max(99.999) })
      .describe("Availability target (%) for burn-rate alerts.")
      .optional(),
  })
  .describe("An application workload.");
export type Workload = z.infer<typeof Workload>;

export const WorkloadOverride = z
  .strictObject({
    replicas: replicas.partial().optional(),
    resources: resources.partial().optional(),
    tag: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/)
      .describe("Image tag for this environment.")
      .optional(),
    host: hostName.describe("Ingress host for this environment.").optional(),
    env: z.record(z.string(), z.string()).optional(),
  })
  .describe("Per-environment changes to a workload.");

// ---------------------------------------------------------------------------------------------------------
// Partial settings (spec level and environment level)

/** Makes every object field optional, recursively. */
function deepPartial(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const out: Record<string, z.ZodType> = {};
    for (const [k, v] of Object.entries(shape)) out[k] = deepPartial(v).optional();
    const partial = z.strictObject(out);
    return schema.description ? partial.describe(schema.description) : partial;
  }
  if (schema instanceof z.ZodOptional) return deepPartial(schema.unwrap() as z.ZodType);
  return schema;
}

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type PartialSettings = DeepPartial<Settings>;

const settingsShape = Settings.shape;
const partialSettingsShape = Object.fromEntries(
  Object.entries(settingsShape).map(([k, v]) => [k, deepPartial(v).optional()]),
) as unknown as Record<keyof Settings, z.ZodType>;

export const PRESET_NAMES = ["dev", "production", "regulated"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const EnvironmentSpec = z
  .strictObject({
    ...partialSettingsShape,
    location: z
      .string()
      .regex(/^[a-z0-9]+$/)
      .describe("Azure region for this environment.")
      .optional(),
    nodePools: z.record(z.string(), NodePoolOverride).describe("Node pool changes by pool name.").optional(),
    workloads: z
      .record(z.string(), WorkloadOverride)
      .describe("Workload changes by workload name.")
      .optional(),
  })
  .describe(
    "One environment (one cluster). It accepts every settings key of spec (tier, kubernetesVersion, network, apiServer, identity, ingress, registry, keyVault, observability, policy, backup, upgrades, security, gitops, autoscaler, nodePoolDefaults), overriding it for this cluster, plus the keys below.",
  );

export const PlatformSpec = z
  .strictObject({
    preset: z
      .enum(PRESET_NAMES)
      .describe("dev | production | regulated: the complete set of baseline defaults."),
    location: z
      .string()
      .regex(/^[a-z0-9]+$/, "must be an Azure region name such as westeurope")
      .describe("Azure region."),
    tags: z.record(z.string(), z.string()).describe("Tags on every Azure resource.").optional(),
    ...partialSettingsShape,
    nodePools: z.array(NodePool).describe("Node pools; replaces the preset's pools when given.").optional(),
    environments: z
      .record(z.string(), EnvironmentSpec)
      .optional()
      .describe(
        "Environments by name; each is one cluster. Defaults to one environment named after the preset.",
      ),
    namespaces: z.array(Namespace).describe("Application namespaces.").optional(),
    workloads: z.array(Workload).describe("Application workloads.").optional(),
  })
  .describe("The platform.");

export const PlatformDocument = z
  .strictObject({
    apiVersion: z.literal("akskit.dev/v1alpha1").describe("Always akskit.dev/v1alpha1."),
    kind: z.literal("Platform").describe("Always Platform."),
    metadata: z
      .strictObject({
        name: z
          .string()
          .regex(
            /^[a-z][a-z0-9]{1,11}$/,
            "must be 2–12 lowercase letters and digits, starting with a letter (it goes into every Azure resource name)",
          )
          .describe("Platform name used in every resource name."),
        owner: z.string().describe("Owner tag.").optional(),
        costCenter: z.string().describe("Cost center tag.").optional(),
      })
      .describe("Platform identity."),
    spec: PlatformSpec,
  })
  .describe("An akskit platform spec.");

export interface EnvironmentSpecT extends PartialSettings {
  location?: string;
  nodePools?: Record<string, Partial<Omit<NodePool, "name">>>;
  workloads?: Record<string, z.infer<typeof WorkloadOverride>>;
}
export interface PlatformSpecT extends PartialSettings {
  preset: PresetName;
  location: string;
  tags?: Record<string, string>;
  nodePools?: NodePool[];
  environments?: Record<string, EnvironmentSpecT>;
  namespaces?: Namespace[];
  workloads?: Workload[];
}
export interface PlatformDocumentT {
  apiVersion: "akskit.dev/v1alpha1";
  kind: "Platform";
  metadata: { name: string; owner?: string; costCenter?: string };
  spec: PlatformSpecT;
}
