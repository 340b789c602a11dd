/** Sources the Kubernetes rules cite: sections of the seed guides and kubernetes.io / Microsoft Learn pages. */
import type { RuleSource } from "../types.js";

function seed(n: string, section: string): RuleSource {
  return { title: `seed ${n}: ${section}` };
}

const BASELINE_URL =
  "https://learn.microsoft.com/azure/architecture/reference-architectures/containers/aks/baseline-aks";

export const S = {
  // seed 000: AKS mejores prácticas para producción
  s000NetworkPolicy: seed("000", "NetworkPolicy: deny all por defecto"),
  s000WorkloadIdentity: seed("000", "Workload Identity (reemplaza Pod Identity)"),
  s000KeyVaultCsi: seed("000", "Secrets management: Key Vault CSI driver"),
  s000Flux: seed("000", "GitOps con Flux"),
  s000Velero: seed("000", "Backup y disaster recovery"),
  s000Summary: seed("000", "Buenas prácticas resumen"),
  s000CommonErrors: seed("000", "Errores comunes en AKS"),
  s000Troubleshooting: seed("000", "Troubleshooting común"),
  // seed 001: Operaciones de Kubernetes
  s001Namespaces: seed("001", "Estrategia de Namespaces"),
  s001Workloads: seed("001", "Arquitectura de Workloads"),
  s001Ingress: seed("001", "Configuración de Ingress y TLS"),
  s001Secrets: seed("001", "Gestión de Secrets"),
  s001Scaling: seed("001", "Escalamiento y Gestión de Recursos"),
  // seed 002: AKS lifecycle with GitOps
  s002WorkloadIdentity: seed("002", "Workload Identity for a pod"),
  s002Flux: seed("002", "GitOps with Flux"),
  s002NetworkPolicy: seed("002", "Fleet and multi cluster patterns (NetworkPolicy baseline)"),
  s002Security: seed("002", "Security"),
  s002Day2: seed("002", "Day 2 operations"),
  s002Checklist: seed("002", "Ops checklist"),
  // seed 003: Microsoft AKS baseline architecture
  s003PodAvailability: { title: "seed 003: Pod availability", url: `${BASELINE_URL}#pod-availability` },
  s003Hpa: { title: "seed 003: Horizontal Pod Autoscaler", url: `${BASELINE_URL}#horizontal-pod-autoscaler` },
  s003ClusterNodes: { title: "seed 003: Cluster nodes", url: `${BASELINE_URL}#cluster-nodes` },
  s003Images: {
    title: "seed 003: Container image reference",
    url: `${BASELINE_URL}#container-image-reference`,
  },
  s003Policy: { title: "seed 003: Policy management", url: `${BASELINE_URL}#policy-management` },
  s003Secrets: { title: "seed 003: Access cluster secrets", url: `${BASELINE_URL}#access-cluster-secrets` },
  s003PodTraffic: { title: "seed 003: Pod-to-pod traffic", url: `${BASELINE_URL}#pod-to-pod-traffic` },
  s003Ingress: { title: "seed 003: Ingress traffic flow", url: `${BASELINE_URL}#ingress-traffic-flow` },
  s003WorkloadIdentity: {
    title: "seed 003: Integrate Microsoft Entra ID for the workload",
    url: `${BASELINE_URL}#integrate-microsoft-entra-id-for-the-workload`,
  },
  s003Backup: { title: "seed 003: Cluster backup", url: `${BASELINE_URL}#cluster-backup` },
  s003Rbac: { title: "seed 003: Cluster access", url: `${BASELINE_URL}#cluster-access` },
  s003Upgrades: {
    title: "seed 003: Routine updates for AKS clusters",
    url: `${BASELINE_URL}#routine-updates-for-aks-clusters`,
  },
  s003Bootstrapping: {
    title: "seed 003: Cluster bootstrapping",
    url: `${BASELINE_URL}#cluster-bootstrapping`,
  },
  // seed 004: Production-grade AKS networking, ingress, observability
  s004Identity: seed("004", "2. Identity: Workload Identity, not secrets"),
  s004Ingress: seed("004", "3. Ingress: managed app routing + cert-manager"),
  s004NetworkPolicy: seed("004", "4. Network policy: default-deny"),
  s004Checklist: seed("004", "Production readiness checklist"),

  // kubernetes.io
  k8sPss: {
    title: "Kubernetes: Pod Security Standards",
    url: "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
  },
  k8sPsa: {
    title: "Kubernetes: Enforce Pod Security Standards with namespace labels",
    url: "https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/",
  },
  k8sSecurityContext: {
    title: "Kubernetes: Configure a Security Context for a Pod or Container",
    url: "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
  },
  k8sResources: {
    title: "Kubernetes: Resource Management for Pods and Containers",
    url: "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
  },
  k8sProbes: {
    title: "Kubernetes: Configure Liveness, Readiness and Startup Probes",
    url: "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
  },
  k8sImages: { title: "Kubernetes: Images", url: "https://kubernetes.io/docs/concepts/containers/images/" },
  k8sPdb: {
    title: "Kubernetes: Specifying a Disruption Budget for your Application",
    url: "https://kubernetes.io/docs/tasks/run-application/configure-pdb/",
  },
  k8sDisruptions: {
    title: "Kubernetes: Disruptions",
    url: "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/",
  },
  k8sHpa: {
    title: "Kubernetes: Horizontal Pod Autoscaling",
    url: "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
  },
  k8sDeployment: {
    title: "Kubernetes: Deployments",
    url: "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
  },
  k8sStatefulSet: {
    title: "Kubernetes: StatefulSets",
    url: "https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/",
  },
  k8sJob: {
    title: "Kubernetes: Jobs",
    url: "https://kubernetes.io/docs/concepts/workloads/controllers/job/",
  },
  k8sTtl: {
    title: "Kubernetes: Automatic Cleanup for Finished Jobs",
    url: "https://kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/",
  },
  k8sCronJob: {
    title: "Kubernetes: CronJob",
    url: "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/",
  },
  k8sTopologySpread: {
    title: "Kubernetes: Pod Topology Spread Constraints",
    url: "https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/",
  },
  k8sAffinity: {
    title: "Kubernetes: Assigning Pods to Nodes (affinity and anti-affinity)",
    url: "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/",
  },
  k8sPriority: {
    title: "Kubernetes: Pod Priority and Preemption",
    url: "https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/",
  },
  k8sService: {
    title: "Kubernetes: Service",
    url: "https://kubernetes.io/docs/concepts/services-networking/service/",
  },
  k8sIngress: {
    title: "Kubernetes: Ingress",
    url: "https://kubernetes.io/docs/concepts/services-networking/ingress/",
  },
  k8sNetworkPolicy: {
    title: "Kubernetes: Network Policies",
    url: "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
  },
  k8sQuota: {
    title: "Kubernetes: Resource Quotas",
    url: "https://kubernetes.io/docs/concepts/policy/resource-quotas/",
  },
  k8sLimitRange: {
    title: "Kubernetes: Limit Ranges",
    url: "https://kubernetes.io/docs/concepts/policy/limit-range/",
  },
  k8sLabels: {
    title: "Kubernetes: Labels and Selectors (syntax and character set)",
    url: "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/",
  },
  k8sRecommendedLabels: {
    title: "Kubernetes: Recommended Labels",
    url: "https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/",
  },
  k8sNamespaces: {
    title: "Kubernetes: Namespaces",
    url: "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/",
  },
  k8sRbacGood: {
    title: "Kubernetes: Role Based Access Control Good Practices",
    url: "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
  },
  k8sServiceAccounts: {
    title: "Kubernetes: Configure Service Accounts for Pods",
    url: "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/",
  },
  k8sSecrets: {
    title: "Kubernetes: Good practices for Kubernetes Secrets",
    url: "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
  },
  k8sEnv: {
    title: "Kubernetes: Define Environment Variables for a Container",
    url: "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
  },
  k8sSysctl: {
    title: "Kubernetes: Using sysctls in a Kubernetes Cluster",
    url: "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/",
  },
  k8sDeprecation: {
    title: "Kubernetes: Deprecated API Migration Guide",
    url: "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
  },
  k8sVolumes: {
    title: "Kubernetes: Volumes (hostPath)",
    url: "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
  },

  // Microsoft Learn
  mlWorkloadIdentity: {
    title: "Microsoft Learn: Use Microsoft Entra Workload ID with AKS",
    url: "https://learn.microsoft.com/azure/aks/workload-identity-overview",
  },
  mlCsi: {
    title: "Microsoft Learn: Use the Azure Key Vault provider for Secrets Store CSI Driver in AKS",
    url: "https://learn.microsoft.com/azure/aks/csi-secrets-store-driver",
  },
  mlPodSecurity: {
    title: "Microsoft Learn: Best practices for pod security in AKS",
    url: "https://learn.microsoft.com/azure/aks/developer-best-practices-pod-security",
  },
  mlResources: {
    title: "Microsoft Learn: Best practices for resource management in AKS",
    url: "https://learn.microsoft.com/azure/aks/developer-best-practices-resource-management",
  },
  mlReliability: {
    title: "Microsoft Learn: Deployment and cluster reliability best practices for AKS",
    url: "https://learn.microsoft.com/azure/aks/best-practices-app-cluster-reliability",
  },
  mlNetworkPolicy: {
    title: "Microsoft Learn: Secure traffic between pods by using network policies in AKS",
    url: "https://learn.microsoft.com/azure/aks/use-network-policies",
  },
  mlIsolation: {
    title: "Microsoft Learn: Best practices for cluster isolation in AKS",
    url: "https://learn.microsoft.com/azure/aks/operator-best-practices-cluster-isolation",
  },
  mlIdentity: {
    title: "Microsoft Learn: Best practices for authentication and authorization in AKS",
    url: "https://learn.microsoft.com/azure/aks/operator-best-practices-identity",
  },
  mlAppRouting: {
    title: "Microsoft Learn: Managed NGINX ingress with the application routing add-on",
    url: "https://learn.microsoft.com/azure/aks/app-routing",
  },
  mlInternalLb: {
    title: "Microsoft Learn: Use an internal load balancer with AKS",
    url: "https://learn.microsoft.com/azure/aks/internal-lb",
  },
  mlAcr: {
    title: "Microsoft Learn: Authenticate with Azure Container Registry from AKS",
    url: "https://learn.microsoft.com/azure/aks/cluster-container-registry-integration",
  },
  mlFlux: {
    title: "Microsoft Learn: GitOps Flux v2 configurations with AKS",
    url: "https://learn.microsoft.com/azure/azure-arc/kubernetes/conceptual-gitops-flux2",
  },
  mlPodIdentityMigration: {
    title: "Microsoft Learn: Migrate from pod-managed identity to workload identity",
    url: "https://learn.microsoft.com/azure/aks/workload-identity-migrate-from-pod-identity",
  },
  // Flux
  fluxKustomization: {
    title: "Flux: Kustomization API (kustomize.toolkit.fluxcd.io/v1)",
    url: "https://fluxcd.io/flux/components/kustomize/kustomizations/",
  },
  fluxGitRepository: {
    title: "Flux: GitRepository API (source.toolkit.fluxcd.io/v1)",
    url: "https://fluxcd.io/flux/components/source/gitrepositories/",
  },
  fluxHelmRelease: {
    title: "Flux: HelmRelease API (helm.toolkit.fluxcd.io/v2)",
    url: "https://fluxcd.io/flux/components/helm/helmreleases/",
  },
  fluxHelmRepository: {
    title: "Flux: HelmRepository API (source.toolkit.fluxcd.io/v1)",
    url: "https://fluxcd.io/flux/components/source/helmrepositories/",
  },
  certManagerIngress: {
    title: "cert-manager: Annotated Ingress resource",
    url: "https://cert-manager.io/docs/usage/ingress/",
  },
  veleroSchedule: { title: "Velero: Schedule API", url: "https://velero.io/docs/main/api-types/schedule/" },
} as const;
