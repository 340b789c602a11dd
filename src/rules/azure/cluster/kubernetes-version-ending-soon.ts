import { isUnknown } from "../../../audit/facts.js";
import { defineRule } from "../../types.js";
import { AKS_CALENDAR_SOURCE, evaluationDay, minorOf, supportStatus } from "../aks-versions.js";
import { eqi, get, lookup } from "../lookup.js";
import { LEARN, SEED } from "../sources.js";

/** How far ahead of end of life a production cluster should already be planning its upgrade. */
export const END_OF_LIFE_WARNING_DAYS = 90;

export const kubernetesVersionEndingSoon = defineRule({
  id: "cluster/kubernetes-version-ending-soon",
  title: "The Kubernetes version is not within 90 days of end of life",
  severity: "medium",
  pillar: "operations",
  level: "production",
  rationale:
    "A minor upgrade needs testing against removed APIs, PodDisruptionBudgets and add-on changes; starting it in the last weeks of support leaves no room for a failed attempt. Plan the upgrade once end of life is 90 days away.",
  remediation: {
    text: "Schedule the upgrade to the next minor version now, after checking the upgrade plan for removed APIs.",
    spec: "spec.kubernetesVersion: <next minor version>",
    arm: 'properties.kubernetesVersion: "<next minor version>"',
    terraform: 'azurerm_kubernetes_cluster.kubernetes_version = "<next minor version>"',
  },
  sources: [SEED.updates, AKS_CALENDAR_SOURCE, LEARN.versions],
  equivalents: {},
  target: { kind: "cluster" },
  check(cluster, ctx) {
    const found = lookup(cluster.resource, ["properties", "kubernetesVersion"]);
    if (found.unknown || typeof found.value !== "string") return;
    const minor = minorOf(found.value);
    const plan = get(cluster.resource, ["properties", "supportPlan"]);
    const tier = get(cluster.resource, ["sku", "tier"]);
    if (!minor || isUnknown(plan) || isUnknown(tier)) return;
    const lts = eqi(plan, "AKSLongTermSupport") && eqi(tier, "Premium");
    const day = evaluationDay();
    const status = supportStatus(minor, day, lts);
    if (status.kind === "supported" && status.daysLeft <= END_OF_LIFE_WARNING_DAYS) {
      ctx.report({
        message: `Kubernetes ${minor} reaches ${status.lts ? "LTS " : ""}end of life on ${status.endOfLife} (${status.daysLeft} days after ${day}); plan the upgrade.`,
        path: found.path,
      });
    }
  },
});
