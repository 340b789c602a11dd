import { isUnknown } from "../../../audit/facts.js";
import { defineRule } from "../../types.js";
import {
  AKS_CALENDAR_SOURCE,
  evaluationDay,
  minorOf,
  supportStatus,
  supportedRange,
} from "../aks-versions.js";
import { eqi, get, lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

export const kubernetesVersionSupported = defineRule({
  id: "cluster/kubernetes-version-supported",
  title: "The Kubernetes version is inside AKS's support window",
  severity: "high",
  pillar: "reliability",
  level: "baseline",
  rationale:
    "After a minor version's end of life AKS stops shipping patches and support covers only the platform; clusters past N-3 are force-upgraded by AKS. Staying in the window keeps security fixes flowing and upgrades one minor version at a time. Node pools whose orchestratorVersion lags behind are judged too. Versions are judged against AKS's release calendar (long-term support dates for Premium clusters with the AKSLongTermSupport plan); set SOURCE_DATE_EPOCH to judge on a fixed day.",
  remediation: {
    text: "Upgrade the control plane one minor version at a time to a supported version, then the node pools.",
    spec: "spec.kubernetesVersion: <a supported minor version>",
    arm: 'properties.kubernetesVersion: "<supported version>"',
    terraform: 'azurerm_kubernetes_cluster.kubernetes_version = "<supported version>"',
  },
  sources: [SEED.updates, AKS_CALENDAR_SOURCE, LEARN.versions],
  equivalents: { psrule: ["Azure.AKS.Version"] },
  target: { kind: "cluster" },
  check(cluster, ctx) {
    const plan = get(cluster.resource, ["properties", "supportPlan"]);
    const tier = get(cluster.resource, ["sku", "tier"]);
    if (isUnknown(plan) || isUnknown(tier)) return;
    const lts = eqi(plan, "AKSLongTermSupport") && eqi(tier, "Premium");
    const day = evaluationDay();
    const { oldest, newest } = supportedRange(day);
    const judge = (version: string): string | undefined => {
      const minor = minorOf(version);
      if (!minor) return undefined;
      const status = supportStatus(minor, day, lts);
      if (status.kind === "too-old") {
        return `Kubernetes ${version} is older than every version AKS supports (${oldest}–${newest} on ${day}); upgrade one minor version at a time.`;
      }
      if (status.kind === "end-of-life") {
        return `Kubernetes ${minor} reached ${status.lts ? "LTS " : ""}end of life on ${status.endOfLife}; upgrade to ${oldest} or later (supported on ${day}: ${oldest}–${newest}).`;
      }
      return undefined;
    };
    const control = lookup(cluster.resource, ["properties", "kubernetesVersion"]);
    if (!control.unknown && typeof control.value === "string") {
      const message = judge(control.value);
      if (message) ctx.report({ message, path: control.path });
    }
    // Node pools may lag behind the control plane (PSRule checks agent pools too).
    for (const pool of cluster.agentPools) {
      const v = lookup(pool.properties, ["orchestratorVersion"]);
      if (v.unknown || typeof v.value !== "string") continue;
      if (typeof control.value === "string" && minorOf(v.value) === minorOf(control.value)) continue;
      const message = judge(v.value);
      if (message)
        ctx.report({ message: `Node pool "${pool.name}": ${message}`, path: v.path, subject: pool });
    }
  },
});
