/**
 * The application namespaces: Pod Security Admission labels, team and environment labels, a
 * ResourceQuota, a LimitRange, a default-deny NetworkPolicy for ingress and egress and the DNS allow
 * (seed 001 "ResourceQuota", "LimitRange"; seed 002 "NetworkPolicy baseline": default deny).
 */
import type { ILimitRange } from "kubernetes-models/v1/LimitRange";
import type { IResourceQuota } from "kubernetes-models/v1/ResourceQuota";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { ClusterModel, ResolvedNamespace } from "../../model/types.js";
import { platformLabels } from "../labels.js";
import { namespaceObject } from "../namespace.js";
import { cpuMillis, formatCpu, formatMemory, memoryBytes } from "../quantity.js";
import type { KubeObject } from "../types.js";

/** Every namespace, even one without a kube-dns pod, resolves names through CoreDNS in kube-system. */
export const KUBE_DNS_PEER = {
  namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
  podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
};

export function namespaceObjects(model: ClusterModel, ns: ResolvedNamespace): KubeObject[] {
  const labels = {
    ...ns.labels,
    ...platformLabels(model),
    team: ns.team,
  };
  const meta = (name: string) => ({ name, namespace: ns.name, labels: platformLabels(model) });
  const quota: IResourceQuota = {
    apiVersion: "v1",
    kind: "ResourceQuota",
    metadata: meta("compute"),
    spec: { hard: quotaHard(model, ns) },
  };
  const limits: ILimitRange = {
    apiVersion: "v1",
    kind: "LimitRange",
    metadata: meta("container-defaults"),
    spec: {
      limits: [
        {
          type: "Container",
          default: { cpu: ns.limits.defaultCpu, memory: ns.limits.defaultMemory },
          defaultRequest: { cpu: ns.limits.defaultRequestCpu, memory: ns.limits.defaultRequestMemory },
        },
      ],
    },
  };
  const denyAll: INetworkPolicy = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: meta("default-deny"),
    spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
  };
  const dns: INetworkPolicy = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: meta("allow-dns"),
    spec: {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [
        {
          to: [KUBE_DNS_PEER],
          ports: [
            { protocol: "UDP", port: 53 },
            { protocol: "TCP", port: 53 },
          ],
        },
      ],
    },
  };
  return [namespaceObject(ns.name, ns.podSecurity, labels), quota, limits, denyAll, dns];
}

/**
 * The spec's quota, or one derived from the namespace's workloads at their maximum scale plus the 25%
 * rolling-update surge, so a quota exists everywhere (seed 001 "ResourceQuota") without blocking
 * the autoscaler.
 */
export function quotaHard(model: ClusterModel, ns: ResolvedNamespace): Record<string, string> {
  if (ns.quota)
    return {
      "requests.cpu": ns.quota.cpu,
      "requests.memory": ns.quota.memory,
      "limits.cpu": ns.quota.limitsCpu,
      "limits.memory": ns.quota.limitsMemory,
      pods: String(ns.quota.pods),
    };
  let cpu = 0;
  let memory = 0;
  let memoryLimit = 0;
  let pods = 0;
  for (const w of model.workloads.filter((x) => x.namespace === ns.name)) {
    const n = w.replicas.max + Math.ceil(w.replicas.max * 0.25);
    cpu += n * cpuMillis(w.resources.cpu);
    memory += n * memoryBytes(w.resources.memory);
    memoryLimit += n * memoryBytes(w.resources.memoryLimit);
    pods += n;
  }
  // A namespace without workloads still gets room for one default-sized pod set.
  if (pods === 0) {
    cpu = 4 * cpuMillis(ns.limits.defaultRequestCpu);
    memory = 4 * memoryBytes(ns.limits.defaultRequestMemory);
    memoryLimit = 4 * memoryBytes(ns.limits.defaultMemory);
    pods = 4;
  }
  return {
    "requests.cpu": formatCpu(cpu),
    "requests.memory": formatMemory(memory),
    "limits.memory": formatMemory(memoryLimit),
    pods: String(pods + 10),
  };
}
