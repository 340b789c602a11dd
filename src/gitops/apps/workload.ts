/** Every object of one workload in one environment, by the file that holds it (one kind per file). */
import type { ClusterModel, ResolvedWorkload } from "../../model/types.js";
import type { KubeObject } from "../types.js";
import { horizontalPodAutoscaler, podDisruptionBudget } from "./autoscaling.js";
import { deployment } from "./deployment.js";
import { podMonitor, sloPrometheusRule } from "./monitoring.js";
import { egressPolicy, ingressPolicy } from "./network-policies.js";
import { httpRoute, ingress } from "./routing.js";
import { secretProviderClass } from "./secret-provider-class.js";
import { service, serviceAccount } from "./service.js";

export interface WorkloadFile {
  /** File name inside the workload's folder, e.g. `deployment.yaml`. */
  file: string;
  object: KubeObject;
}

export function workloadFiles(model: ClusterModel, w: ResolvedWorkload): WorkloadFile[] {
  const candidates: [string, KubeObject | undefined][] = [
    ["serviceaccount.yaml", serviceAccount(model, w)],
    ["deployment.yaml", deployment(model, w)],
    ["service.yaml", service(model, w)],
    ["hpa.yaml", horizontalPodAutoscaler(model, w)],
    ["pdb.yaml", podDisruptionBudget(model, w)],
    ["secretproviderclass.yaml", secretProviderClass(model, w)],
    ["ingress.yaml", ingress(model, w)],
    ["httproute.yaml", httpRoute(model, w)],
    ["networkpolicy-ingress.yaml", ingressPolicy(model, w)],
    ["networkpolicy-egress.yaml", egressPolicy(model, w)],
    ["podmonitor.yaml", podMonitor(model, w)],
    ["slo-rules.yaml", sloPrometheusRule(model, w)],
  ];
  return candidates.flatMap(([file, object]) => (object ? [{ file, object }] : []));
}
