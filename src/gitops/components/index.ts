/** The platform components one environment's spec asks for, in install order. */
import type { ClusterModel } from "../../model/types.js";
import { clusterIssuerName } from "../ingress-target.js";
import { certManager } from "./cert-manager.js";
import { gatekeeper } from "./gatekeeper.js";
import type { HelmComponent } from "./helm.js";
import { ingressNginx } from "./ingress-nginx.js";
import { kubePrometheusStack } from "./kube-prometheus-stack.js";
import { kyverno } from "./kyverno.js";
import { traefik } from "./traefik.js";
import { velero } from "./velero.js";

export function platformComponents(model: ClusterModel): HelmComponent[] {
  const s = model.settings;
  const out: HelmComponent[] = [];
  if (clusterIssuerName(model) !== undefined) out.push(certManager(model));
  if (s.policy.engine === "kyverno") out.push(kyverno(model));
  if (s.policy.engine === "gatekeeper" && s.policy.azurePolicy === "none") out.push(gatekeeper(model));
  if (s.ingress.controller === "nginx") out.push(ingressNginx(model));
  if (s.ingress.controller === "traefik") out.push(traefik(model));
  if (s.observability.selfHostedPrometheus) out.push(kubePrometheusStack(model));
  if (s.backup.tool === "velero") out.push(velero(model));
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
