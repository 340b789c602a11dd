/** Helpers for Role/ClusterRole rules and their bindings. */
import type { KeyPath, KubeObjectFact } from "../../audit/facts.js";
import { arrAt, isObj, labelsOf } from "./pod.js";

export interface PolicyRuleView {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames: string[];
  path: KeyPath;
}

function strings(v: unknown): string[] {
  return arrAt(v).filter((x): x is string => typeof x === "string");
}

/** The rules of a Role or ClusterRole with their paths. */
export function policyRules(fact: KubeObjectFact): PolicyRuleView[] {
  const out: PolicyRuleView[] = [];
  arrAt(fact.object.rules).forEach((r, i) => {
    if (!isObj(r)) return;
    out.push({
      apiGroups: strings(r.apiGroups),
      resources: strings(r.resources),
      verbs: strings(r.verbs),
      resourceNames: strings(r.resourceNames),
      path: ["rules", i],
    });
  });
  return out;
}

/** Built-in objects the API server maintains (system: names, bootstrapping labels): not the user's to fix. */
export function isBuiltInRbac(fact: KubeObjectFact): boolean {
  return (
    fact.name.startsWith("system:") ||
    labelsOf(fact.object)["kubernetes.io/bootstrapping"] === "rbac-defaults"
  );
}

/** Whether the rule grants any of `verbs` on any of `resources` in the core ("") group. */
export function grantsCore(
  rule: PolicyRuleView,
  resources: readonly string[],
  verbs: readonly string[],
): boolean {
  const group = rule.apiGroups.length === 0 || rule.apiGroups.some((g) => g === "" || g === "*");
  const resource = rule.resources.some((r) => r === "*" || resources.includes(r));
  const verb = rule.verbs.some((v) => v === "*" || verbs.includes(v));
  return group && resource && verb;
}

export const ROLE_KINDS: readonly string[] = ["Role", "ClusterRole"];
export const BINDING_KINDS: readonly string[] = ["RoleBinding", "ClusterRoleBinding"];
