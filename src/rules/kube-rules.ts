import type { Rule } from "./types.js";
import { rule as workloadBarePod } from "./kube/workload/bare-pod.js";
import { rule as workloadCpuLimits } from "./kube/workload/cpu-limits.js";
import { rule as workloadCpuRequests } from "./kube/workload/cpu-requests.js";
import { rule as workloadCronjobDeadline } from "./kube/workload/cronjob-deadline.js";
import { rule as workloadDuplicateEnv } from "./kube/workload/duplicate-env.js";
import { rule as workloadEphemeralStorage } from "./kube/workload/ephemeral-storage.js";
import { rule as workloadHostSpread } from "./kube/workload/host-spread.js";
import { rule as workloadHpaFixedReplicas } from "./kube/workload/hpa-fixed-replicas.js";
import { rule as workloadHpaMaxReplicas } from "./kube/workload/hpa-max-replicas.js";
import { rule as workloadHpaMinReplicas } from "./kube/workload/hpa-min-replicas.js";
import { rule as workloadHpaTargetRequests } from "./kube/workload/hpa-target-requests.js";
import { rule as workloadHpaTarget } from "./kube/workload/hpa-target.js";
import { rule as workloadImageDigest } from "./kube/workload/image-digest.js";
import { rule as workloadImagePullPolicy } from "./kube/workload/image-pull-policy.js";
import { rule as workloadImageTag } from "./kube/workload/image-tag.js";
import { rule as workloadIngressBackend } from "./kube/workload/ingress-backend.js";
import { rule as workloadIngressClass } from "./kube/workload/ingress-class.js";
import { rule as workloadInstanceLabel } from "./kube/workload/instance-label.js";
import { rule as workloadInvalidTargetPort } from "./kube/workload/invalid-target-port.js";
import { rule as workloadJobTtl } from "./kube/workload/job-ttl.js";
import { rule as workloadLabelValues } from "./kube/workload/label-values.js";
import { rule as workloadLivenessPort } from "./kube/workload/liveness-port.js";
import { rule as workloadLivenessProbe } from "./kube/workload/liveness-probe.js";
import { rule as workloadMemoryLimits } from "./kube/workload/memory-limits.js";
import { rule as workloadMemoryRequests } from "./kube/workload/memory-requests.js";
import { rule as workloadMismatchingSelector } from "./kube/workload/mismatching-selector.js";
import { rule as workloadMonitorTargets } from "./kube/workload/monitor-targets.js";
import { rule as workloadNetworkpolicySelectsPods } from "./kube/workload/networkpolicy-selects-pods.js";
import { rule as workloadPdbMaxUnavailable } from "./kube/workload/pdb-max-unavailable.js";
import { rule as workloadPdbMinAvailable } from "./kube/workload/pdb-min-available.js";
import { rule as workloadPdbMissing } from "./kube/workload/pdb-missing.js";
import { rule as workloadPdbPolicy } from "./kube/workload/pdb-policy.js";
import { rule as workloadPdbSelectsPods } from "./kube/workload/pdb-selects-pods.js";
import { rule as workloadPdbUnhealthyEviction } from "./kube/workload/pdb-unhealthy-eviction.js";
import { rule as workloadPriorityClass } from "./kube/workload/priority-class.js";
import { rule as workloadProbesIdentical } from "./kube/workload/probes-identical.js";
import { rule as workloadReadinessPort } from "./kube/workload/readiness-port.js";
import { rule as workloadReadinessProbe } from "./kube/workload/readiness-probe.js";
import { rule as workloadRemovedApi } from "./kube/workload/removed-api.js";
import { rule as workloadReplicas } from "./kube/workload/replicas.js";
import { rule as workloadRestartPolicy } from "./kube/workload/restart-policy.js";
import { rule as workloadRollingUpdate } from "./kube/workload/rolling-update.js";
import { rule as workloadServiceSelectsPods } from "./kube/workload/service-selects-pods.js";
import { rule as workloadServiceTargetPort } from "./kube/workload/service-target-port.js";
import { rule as workloadStartupPort } from "./kube/workload/startup-port.js";
import { rule as workloadStatefulsetService } from "./kube/workload/statefulset-service.js";
import { rule as workloadUseNamespace } from "./kube/workload/use-namespace.js";
import { rule as workloadZoneSpread } from "./kube/workload/zone-spread.js";
import { rule as securityAllowedRegistries } from "./kube/security/allowed-registries.js";
import { rule as securityApparmor } from "./kube/security/apparmor.js";
import { rule as securityAutomountToken } from "./kube/security/automount-token.js";
import { rule as securityCapabilitiesBaseline } from "./kube/security/capabilities-baseline.js";
import { rule as securityCapabilitiesDropAll } from "./kube/security/capabilities-drop-all.js";
import { rule as securityCapabilitiesRestricted } from "./kube/security/capabilities-restricted.js";
import { rule as securityClusterAdminBinding } from "./kube/security/cluster-admin-binding.js";
import { rule as securityConfigmapSecrets } from "./kube/security/configmap-secrets.js";
import { rule as securityDefaultServiceAccount } from "./kube/security/default-service-account.js";
import { rule as securityDeprecatedServiceAccountField } from "./kube/security/deprecated-service-account-field.js";
import { rule as securityEnvLiteralSecret } from "./kube/security/env-literal-secret.js";
import { rule as securityHostIpc } from "./kube/security/host-ipc.js";
import { rule as securityHostNetwork } from "./kube/security/host-network.js";
import { rule as securityHostPath } from "./kube/security/host-path.js";
import { rule as securityHostPid } from "./kube/security/host-pid.js";
import { rule as securityHostPort } from "./kube/security/host-port.js";
import { rule as securityHostProcess } from "./kube/security/host-process.js";
import { rule as securityImagePullSecrets } from "./kube/security/image-pull-secrets.js";
import { rule as securityIngressCertManager } from "./kube/security/ingress-cert-manager.js";
import { rule as securityIngressTls } from "./kube/security/ingress-tls.js";
import { rule as securityNamespacePsaRestricted } from "./kube/security/namespace-psa-restricted.js";
import { rule as securityNamespacePsa } from "./kube/security/namespace-psa.js";
import { rule as securityNodeportService } from "./kube/security/nodeport-service.js";
import { rule as securityPodIdentity } from "./kube/security/pod-identity.js";
import { rule as securityPrivilegeEscalation } from "./kube/security/privilege-escalation.js";
import { rule as securityPrivilegedPorts } from "./kube/security/privileged-ports.js";
import { rule as securityPrivileged } from "./kube/security/privileged.js";
import { rule as securityProcMount } from "./kube/security/proc-mount.js";
import { rule as securityPublicLoadBalancer } from "./kube/security/public-load-balancer.js";
import { rule as securityRbacCreatePods } from "./kube/security/rbac-create-pods.js";
import { rule as securityRbacEscalation } from "./kube/security/rbac-escalation.js";
import { rule as securityRbacPodExec } from "./kube/security/rbac-pod-exec.js";
import { rule as securityRbacSecretsAccess } from "./kube/security/rbac-secrets-access.js";
import { rule as securityRbacSystemGroups } from "./kube/security/rbac-system-groups.js";
import { rule as securityRbacWildcard } from "./kube/security/rbac-wildcard.js";
import { rule as securityReadOnlyRootFs } from "./kube/security/read-only-root-fs.js";
import { rule as securityRunAsNonRoot } from "./kube/security/run-as-non-root.js";
import { rule as securityRunAsUserRoot } from "./kube/security/run-as-user-root.js";
import { rule as securityRuntimeSocket } from "./kube/security/runtime-socket.js";
import { rule as securitySeccompProfile } from "./kube/security/seccomp-profile.js";
import { rule as securitySeccompUnconfined } from "./kube/security/seccomp-unconfined.js";
import { rule as securitySecretFromEnv } from "./kube/security/secret-from-env.js";
import { rule as securitySecretManifest } from "./kube/security/secret-manifest.js";
import { rule as securitySelinux } from "./kube/security/selinux.js";
import { rule as securityServiceAccountExists } from "./kube/security/service-account-exists.js";
import { rule as securityServiceExternalIps } from "./kube/security/service-external-ips.js";
import { rule as securitySpcIdentity } from "./kube/security/spc-identity.js";
import { rule as securitySpcMissing } from "./kube/security/spc-missing.js";
import { rule as securitySpcUnused } from "./kube/security/spc-unused.js";
import { rule as securitySshPort } from "./kube/security/ssh-port.js";
import { rule as securitySysctls } from "./kube/security/sysctls.js";
import { rule as securityVolumeTypes } from "./kube/security/volume-types.js";
import { rule as securityWorkloadIdentityClientId } from "./kube/security/workload-identity-client-id.js";
import { rule as securityWorkloadIdentityLabel } from "./kube/security/workload-identity-label.js";
import { rule as crossDefaultDenyEgress } from "./kube/cross/default-deny-egress.js";
import { rule as crossDefaultDenyIngress } from "./kube/cross/default-deny-ingress.js";
import { rule as crossDnsEgress } from "./kube/cross/dns-egress.js";
import { rule as crossLimitRange } from "./kube/cross/limit-range.js";
import { rule as crossPodNetworkPolicy } from "./kube/cross/pod-network-policy.js";
import { rule as crossRequiredLabels } from "./kube/cross/required-labels.js";
import { rule as crossResourceQuota } from "./kube/cross/resource-quota.js";
import { rule as crossVeleroSchedule } from "./kube/cross/velero-schedule.js";
import { rule as gitopsFluxApiVersion } from "./kube/gitops/flux-api-version.js";
import { rule as gitopsGitrepositoryRef } from "./kube/gitops/gitrepository-ref.js";
import { rule as gitopsHelmreleaseChartVersion } from "./kube/gitops/helmrelease-chart-version.js";
import { rule as gitopsHelmreleaseSource } from "./kube/gitops/helmrelease-source.js";
import { rule as gitopsKustomizationDependsOn } from "./kube/gitops/kustomization-depends-on.js";
import { rule as gitopsKustomizationPrune } from "./kube/gitops/kustomization-prune.js";
import { rule as gitopsKustomizationSource } from "./kube/gitops/kustomization-source.js";
import { rule as gitopsSourceHttps } from "./kube/gitops/source-https.js";
import { rule as gitopsSuspended } from "./kube/gitops/suspended.js";

/** Rules over Kubernetes objects and their relations, by id (domains workload, security, cross, gitops). */
export const KUBE_RULES: readonly Rule[] = [
  workloadBarePod,
  workloadCpuLimits,
  workloadCpuRequests,
  workloadCronjobDeadline,
  workloadDuplicateEnv,
  workloadEphemeralStorage,
  workloadHostSpread,
  workloadHpaFixedReplicas,
  workloadHpaMaxReplicas,
  workloadHpaMinReplicas,
  workloadHpaTargetRequests,
  workloadHpaTarget,
  workloadImageDigest,
  workloadImagePullPolicy,
  workloadImageTag,
  workloadIngressBackend,
  workloadIngressClass,
  workloadInstanceLabel,
  workloadInvalidTargetPort,
  workloadJobTtl,
  workloadLabelValues,
  workloadLivenessPort,
  workloadLivenessProbe,
  workloadMemoryLimits,
  workloadMemoryRequests,
  workloadMismatchingSelector,
  workloadMonitorTargets,
  workloadNetworkpolicySelectsPods,
  workloadPdbMaxUnavailable,
  workloadPdbMinAvailable,
  workloadPdbMissing,
  workloadPdbPolicy,
  workloadPdbSelectsPods,
  workloadPdbUnhealthyEviction,
  workloadPriorityClass,
  workloadProbesIdentical,
  workloadReadinessPort,
  workloadReadinessProbe,
  workloadRemovedApi,
  workloadReplicas,
  workloadRestartPolicy,
  workloadRollingUpdate,
  workloadServiceSelectsPods,
  workloadServiceTargetPort,
  workloadStartupPort,
  workloadStatefulsetService,
  workloadUseNamespace,
  workloadZoneSpread,
  securityAllowedRegistries,
  securityApparmor,
  securityAutomountToken,
  securityCapabilitiesBaseline,
  securityCapabilitiesDropAll,
  securityCapabilitiesRestricted,
  securityClusterAdminBinding,
  securityConfigmapSecrets,
  securityDefaultServiceAccount,
  securityDeprecatedServiceAccountField,
  securityEnvLiteralSecret,
  securityHostIpc,
  securityHostNetwork,
  securityHostPath,
  securityHostPid,
  securityHostPort,
  securityHostProcess,
  securityImagePullSecrets,
  securityIngressCertManager,
  securityIngressTls,
  securityNamespacePsaRestricted,
  securityNamespacePsa,
  securityNodeportService,
  securityPodIdentity,
  securityPrivilegeEscalation,
  securityPrivilegedPorts,
  securityPrivileged,
  securityProcMount,
  securityPublicLoadBalancer,
  securityRbacCreatePods,
  securityRbacEscalation,
  securityRbacPodExec,
  securityRbacSecretsAccess,
  securityRbacSystemGroups,
  securityRbacWildcard,
  securityReadOnlyRootFs,
  securityRunAsNonRoot,
  securityRunAsUserRoot,
  securityRuntimeSocket,
  securitySeccompProfile,
  securitySeccompUnconfined,
  securitySecretFromEnv,
  securitySecretManifest,
  securitySelinux,
  securityServiceAccountExists,
  securityServiceExternalIps,
  securitySpcIdentity,
  securitySpcMissing,
  securitySpcUnused,
  securitySshPort,
  securitySysctls,
  securityVolumeTypes,
  securityWorkloadIdentityClientId,
  securityWorkloadIdentityLabel,
  crossDefaultDenyEgress,
  crossDefaultDenyIngress,
  crossDnsEgress,
  crossLimitRange,
  crossPodNetworkPolicy,
  crossRequiredLabels,
  crossResourceQuota,
  crossVeleroSchedule,
  gitopsFluxApiVersion,
  gitopsGitrepositoryRef,
  gitopsHelmreleaseChartVersion,
  gitopsHelmreleaseSource,
  gitopsKustomizationDependsOn,
  gitopsKustomizationPrune,
  gitopsKustomizationSource,
  gitopsSourceHttps,
  gitopsSuspended,
];
