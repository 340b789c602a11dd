/**
 * OPA Gatekeeper, the alternative policy engine. Chart 3.22.2 from
 * open-policy-agent.github.io/gatekeeper/charts. When the Azure Policy add-on is enabled it already runs a
 * managed Gatekeeper in gatekeeper-system (learn.microsoft.com/azure/governance/policy/concepts/policy-for-kubernetes),
 * so akskit installs the chart only when `policy.azurePolicy` is none.
 */
import type { ClusterModel } from "../../model/types.js";
import { controllerReplicas, type HelmComponent } from "./helm.js";

export const GATEKEEPER_CHART = {
  repository: "gatekeeper",
  url: "https://open-policy-agent.github.io/gatekeeper/charts",
  chart: "gatekeeper",
  version: "3.22.2",
} as const;

export function gatekeeper(model: ClusterModel): HelmComponent {
  return {
    name: "gatekeeper",
    namespace: "gatekeeper-system",
    podSecurity: "restricted",
    chart: { ...GATEKEEPER_CHART },
    purpose:
      "Admission policies through ConstraintTemplates and constraints (the Gatekeeper equivalent of the Kyverno policies).",
    values: {
      replicas: controllerReplicas(model) > 1 ? 3 : 1,
      auditInterval: 60,
      constraintViolationsLimit: 100,
    },
  };
}
