/**
 * The workload's holes in its namespace's default deny (seed 002 "NetworkPolicy baseline"):
 * - ingress from the ingress controller (its namespace, or Application Gateway's subnet) when exposed,
 *   from every `allowFrom` workload, and from the Prometheus scraper on the metrics port (managed Prometheus's
 *   ama-metrics agent runs in kube-system);
 * - egress to the workloads that allow it, and HTTPS out of the cluster when it authenticates with
 *   Workload Identity (Microsoft Entra ID, Key Vault and other Azure APIs; the firewall still filters
 *   by FQDN, seed 003 "Egress traffic flow").
 */
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import { MONITORING_NAMESPACE } from "../components/kube-prometheus-stack.js";
import { ingressTarget } from "../ingress-target.js";
import { selectorLabels, workloadLabels } from "../labels.js";
import { HTTP_PORT, metricsPortName, names, usesWorkloadIdentity } from "./names.js";

type Peer = NonNullable<NonNullable<NonNullable<INetworkPolicy["spec"]>["ingress"]>[number]["from"]>[number];
type Rule = NonNullable<NonNullable<INetworkPolicy["spec"]>["ingress"]>[number];
type EgressRule = NonNullable<NonNullable<INetworkPolicy["spec"]>["egress"]>[number];

const nsSelector = (ns: string) => ({ matchLabels: { "kubernetes.io/metadata.name": ns } });

/** `name` or `namespace/name` → the namespace and workload name. */
export function parseAllowFrom(entry: string, defaultNamespace: string): { namespace: string; name: string } {
  const [a, b] = entry.split("/");
  return b === undefined ? { namespace: defaultNamespace, name: a! } : { namespace: a!, name: b };
}

function workloadPeer(namespace: string, name: string): Peer {
  return {
    namespaceSelector: nsSelector(namespace),
    podSelector: { matchLabels: { "app.kubernetes.io/name": name } },
  };
}

export function ingressPolicy(model: ClusterModel, w: ResolvedWorkload): INetworkPolicy | undefined {
  const rules: Rule[] = [];
  const http = [{ protocol: "TCP" as const, port: HTTP_PORT }];
  const target = ingressTarget(model);
  if (w.ingress && target) {
    const from: Peer[] = [];
    if (target.namespace) from.push({ namespaceSelector: nsSelector(target.namespace) });
    if (target.sourceCidr) from.push({ ipBlock: { cidr: target.sourceCidr } });
    if (from.length > 0) rules.push({ from, ports: http });
  }
  const callers = [...w.allowFrom]
    .map((e) => parseAllowFrom(e, w.namespace))
    .sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
  if (callers.length > 0)
    rules.push({ from: callers.map((c) => workloadPeer(c.namespace, c.name)), ports: http });
  if (w.metrics) {
    const o = model.settings.observability;
    const scraper: Peer | undefined = o.selfHostedPrometheus
      ? {
          namespaceSelector: nsSelector(MONITORING_NAMESPACE),
          podSelector: { matchLabels: { "app.kubernetes.io/name": "prometheus" } },
        }
      : o.managedPrometheus
        ? { namespaceSelector: nsSelector("kube-system") }
        : undefined;
    if (scraper)
      rules.push({ from: [scraper], ports: [{ protocol: "TCP" as const, port: metricsPortName(w) }] });
  }
  if (rules.length === 0) return undefined;
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: names.ingressPolicy(w), namespace: w.namespace, labels: workloadLabels(model, w) },
    spec: { podSelector: { matchLabels: selectorLabels(w) }, policyTypes: ["Ingress"], ingress: rules },
  };
}

export function egressPolicy(model: ClusterModel, w: ResolvedWorkload): INetworkPolicy | undefined {
  const rules: EgressRule[] = [];
  const callees = model.workloads
    .filter((other) =>
      other.allowFrom.some((e) => {
        const c = parseAllowFrom(e, other.namespace);
        return c.namespace === w.namespace && c.name === w.name;
      }),
    )
    .sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
  for (const c of callees)
    rules.push({
      to: [workloadPeer(c.namespace, c.name)],
      ports: [{ protocol: "TCP" as const, port: c.port }],
    });
  if (usesWorkloadIdentity(w)) {
    const net = model.settings.network;
    rules.push({
      to: [{ ipBlock: { cidr: "0.0.0.0/0", except: [...new Set([net.podCidr, net.serviceCidr])].sort() } }],
      ports: [{ protocol: "TCP" as const, port: 443 }],
    });
  }
  if (rules.length === 0) return undefined;
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: names.egressPolicy(w), namespace: w.namespace, labels: workloadLabels(model, w) },
    spec: { podSelector: { matchLabels: selectorLabels(w) }, policyTypes: ["Egress"], egress: rules },
  };
}
