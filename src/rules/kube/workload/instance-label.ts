import { getPath, show } from "../pod.js";
import { S } from "../sources.js";
import { podRule } from "../templates.js";

const LABEL = "app.kubernetes.io/instance";

export const rule = podRule(
  {
    id: "workload/instance-label",
    title: "app.kubernetes.io/instance matches the workload name",
    severity: "info",
    pillar: "operations",
    level: "regulated",
    kinds: ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"],
    rationale:
      "Dashboards, cost reports and alert routing group by the recommended labels. An instance label that names another object than the workload sends its telemetry and costs to the wrong owner.",
    remediation: {
      text: "Set the app.kubernetes.io/instance label to the workload's metadata.name (or remove it).",
      yaml: "metadata:\n  name: api-gateway\n  labels:\n    app.kubernetes.io/instance: api-gateway",
    },
    sources: [S.s002Checklist, S.k8sRecommendedLabels],
    equivalents: { polaris: ["metadataAndInstanceMismatched"] },
  },
  (_pod, fact) => {
    const value = getPath(fact.object, ["metadata", "labels", LABEL]);
    if (value === undefined || value === fact.name) return undefined;
    return {
      message: `label ${LABEL} is "${show(value)}" but the object is named "${fact.name}"`,
      path: ["metadata", "labels", LABEL],
    };
  },
);
