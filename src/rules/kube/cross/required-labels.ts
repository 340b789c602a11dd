import type { Facts, KubeObjectFact } from "../../../audit/facts.js";
import type { Rule } from "../../types.js";
import { kubeIndex } from "../index-cache.js";
import { arrAt, getPath, isObj, labelsOf, strAt } from "../pod.js";
import { S } from "../sources.js";
import type { Problem } from "../templates.js";
import { crossRule } from "../templates.js";

/** A label requirement: these labels on objects of these kinds (a regex the value must match, optionally). */
export interface LabelRequirement {
  kinds: readonly string[];
  labels: readonly { key: string; allowedRegex?: string }[];
  /** Where the requirement comes from, for messages. */
  origin: string;
}

/** Requirements declared by Gatekeeper K8sRequiredLabels constraints in the input (seed 002's example). */
function fromConstraints(facts: Facts): LabelRequirement[] {
  const out: LabelRequirement[] = [];
  for (const c of kubeIndex(facts).ofKind("K8sRequiredLabels")) {
    const kinds = arrAt(getPath(c.object, ["spec", "match", "kinds"])).flatMap((k) =>
      arrAt(isObj(k) ? k.kinds : undefined).filter((x): x is string => typeof x === "string"),
    );
    const labels = arrAt(getPath(c.object, ["spec", "parameters", "labels"])).flatMap((l) => {
      if (typeof l === "string") return [{ key: l }];
      const key = isObj(l) ? strAt(l.key) : undefined;
      const allowedRegex = isObj(l) ? strAt(l.allowedRegex) : undefined;
      return key ? [{ key, ...(allowedRegex ? { allowedRegex } : {}) }] : [];
    });
    if (kinds.length && labels.length) out.push({ kinds, labels, origin: `K8sRequiredLabels "${c.name}"` });
  }
  return out;
}

function check(facts: Facts, requirements: readonly LabelRequirement[]): Problem[] {
  const index = kubeIndex(facts);
  const out: Problem[] = [];
  for (const req of requirements) {
    const subjects: KubeObjectFact[] = req.kinds.includes("*")
      ? facts.kubeObjects.filter((o) => o.kind !== "K8sRequiredLabels")
      : req.kinds.flatMap((k) => index.ofKind(k));
    for (const o of subjects) {
      const labels = labelsOf(o.object);
      for (const { key, allowedRegex } of req.labels) {
        const value = labels[key];
        if (value === undefined)
          out.push({
            subject: o,
            message: `${o.kind} lacks the label "${key}" that ${req.origin} requires`,
            path: ["metadata", "labels", key],
          });
        else if (allowedRegex && !safeTest(allowedRegex, value))
          out.push({
            subject: o,
            message: `${o.kind} label "${key}" does not match ${allowedRegex} (${req.origin})`,
            path: ["metadata", "labels", key],
          });
      }
    }
  }
  return out;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return true;
  }
}

const META = {
  id: "cross/required-labels",
  title: "Objects carry the labels the platform requires",
  severity: "low",
  pillar: "operations",
  level: "production",
  rationale:
    "Ownership and cost labels (owner, costCenter) route alerts, cost reports and access reviews to the right team; a namespace without them is nobody's. The requirement comes from the spec's policy.requiredLabels or from Gatekeeper K8sRequiredLabels constraints in the input; without either, nothing is required.",
  remediation: {
    text: "Add the required labels to the object's metadata (for namespaces, through spec.namespaces[] in the akskit spec).",
    spec: "spec.policy.requiredLabels",
    yaml: "metadata:\n  labels:\n    owner: payments\n    costCenter: cc-1234",
  },
  sources: [S.s002Security, S.s002Checklist, S.k8sLabels],
  equivalents: { kubeLinter: ["required-label-owner"], kyverno: ["require-labels"] },
} as const;

/**
 * The rule with explicit requirements (e.g. the spec's `policy.requiredLabels` on Namespaces);
 * without them it reads the K8sRequiredLabels constraints in the input.
 */
export function createRequiredLabelsRule(requirements?: readonly LabelRequirement[]): Rule {
  return crossRule(META, (ctx) => check(ctx.facts, requirements ?? fromConstraints(ctx.facts)));
}

export const rule = createRequiredLabelsRule();
