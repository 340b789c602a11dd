/**
 * What the in-cluster policies apply to: every namespace except the cluster's and the platform's own
 * (their charts own their pod specs, and AKS manages kube-system).
 */
import type { ClusterModel } from "../../model/types.js";
import { platformComponents } from "../components/index.js";
import { ingressTarget, GATEWAY, usesGatewayApi } from "../ingress-target.js";

export function exemptNamespaces(model: ClusterModel): string[] {
  const names = new Set([
    "kube-system",
    "kube-public",
    "kube-node-lease",
    "flux-system",
    "gatekeeper-system",
    "kyverno",
    "app-routing-system",
    "aks-command",
    "calico-system",
    "tigera-operator",
  ]);
  for (const c of platformComponents(model)) names.add(c.namespace);
  const ns = ingressTarget(model)?.namespace;
  if (ns) names.add(ns);
  if (usesGatewayApi(model)) names.add(GATEWAY.namespace);
  return [...names].sort();
}

/** Registries images may come from: the spec's list and the platform's registry (a deploy-time value). */
export function allowedRegistries(model: ClusterModel): string[] {
  const out = new Set(model.settings.policy.allowedRegistries);
  if (model.settings.registry.enabled) out.add("${ACR_LOGIN_SERVER}");
  return [...out].sort();
}

export type FailureAction = "Audit" | "Enforce";

export function failureAction(model: ClusterModel): FailureAction {
  return model.settings.policy.mode === "deny" ? "Enforce" : "Audit";
}
