/**
 * The rule registry. Azure-side rules (cluster, nodepool, network, azure domains) are listed in
 * azure-rules.ts; Kubernetes-side rules (workload, security, cross, gitops domains) in kube-rules.ts.
 * A test checks that these lists equal the rule files on disk and that every rule has docs and tests.
 */
import type { Rule } from "./types.js";
import { AZURE_RULES } from "./azure-rules.js";
import { KUBE_RULES } from "./kube-rules.js";

export const RULES: readonly Rule[] = [...AZURE_RULES, ...KUBE_RULES];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
